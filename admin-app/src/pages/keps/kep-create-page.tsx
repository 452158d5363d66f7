import { useMutation } from '@apollo/client/react'
import { BackLink } from '@keplive/ui'
import { useLocation } from 'wouter'
import { emptyKep, KepForm, type KepFormValues } from '../../features/keps/kep-form'
import { graphql } from '../../gql'
import { useT } from '../../i18n'

const createKepMutation = graphql(`
  mutation CreateKep($input: CreateKepInput!) {
    createKep(input: $input) {
      kep {
        id
      }
    }
  }
`)

/** A new KEP: its details and workstations; created, it opens on its own page. */
export function KepCreatePage() {
  const t = useT()
  const [, navigate] = useLocation()
  const [create, { loading, error }] = useMutation(createKepMutation, {
    refetchQueries: ['AdminKeps'],
  })
  const submit = async ({ workstations, ...fields }: KepFormValues) => {
    try {
      const { data } = await create({
        variables: { input: { ...fields, workstations: workstations.map((w) => w.label) } },
      })
      if (data) navigate(`/keps/${data.createKep.kep.id}?created=1`)
    } catch {
      // shown by the form from `error`
    }
  }
  return (
    <>
      <BackLink onClick={() => navigate('/keps')}>{t('kep.back')}</BackLink>
      <h1>{t('kep.create.title')}</h1>
      <KepForm
        initial={emptyKep}
        editing={false}
        submitLabel={t('kep.create.submit')}
        busy={loading}
        error={error}
        onSubmit={submit}
      />
    </>
  )
}
