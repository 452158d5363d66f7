import { useMutation } from '@apollo/client/react'
import { Button, Radios, TextField, type ErrorSummaryItem } from '@keplive/ui'
import { useState, type FormEvent } from 'react'
import type { AdministratorRole } from '../../gql/graphql'
import { useT } from '../../i18n'
import { FormErrorSummary, useFormErrors } from '@keplive/kep-admin'
import { adminRoles } from '../common/use-role'
import { addAdministratorMutation } from './administrators-operations'

const fieldIds = {
  'input.taxId': 'administrator-tax-id',
  'input.fullName': 'administrator-full-name',
  'input.email': 'administrator-email',
  'input.role': 'administrator-role',
}

/** Registers an administrator by tax number with a role (ADMINISTRATOR only; Art. 3.5). */
export function AddAdministratorForm({
  onAdded,
}: {
  onAdded: (added: { fullName: string; role: AdministratorRole }) => void
}) {
  const t = useT()
  const [taxId, setTaxId] = useState('')
  const [fullName, setFullName] = useState('')
  const [email, setEmail] = useState('')
  const [role, setRole] = useState<AdministratorRole | undefined>(undefined)
  const [roleMissing, setRoleMissing] = useState(false)
  const [add, adding] = useMutation(addAdministratorMutation, {
    refetchQueries: ['AdministratorsList'],
    awaitRefetchQueries: true,
  })
  const errors = useFormErrors(adding.error, fieldIds)
  const extra: ErrorSummaryItem[] = roleMissing
    ? [{ fieldId: fieldIds['input.role'], message: t('administrators.add.role.required') }]
    : []

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setRoleMissing(role === undefined)
    if (role === undefined) return
    const result = await add({ variables: { input: { taxId, fullName, email, role } } }).catch(
      () => undefined, // shown from adding.error
    )
    const added = result?.data?.addAdministrator.administrator
    if (added) {
      setTaxId('')
      setFullName('')
      setEmail('')
      setRole(undefined)
      onAdded({ fullName: added.fullName, role: added.role })
    }
  }

  return (
    <section aria-labelledby="add-administrator-title">
      <h2 className="govgr-heading-m" id="add-administrator-title">
        {t('administrators.add.title')}
      </h2>
      <p className="govgr-body">{t('administrators.add.intro')}</p>
      <FormErrorSummary errors={errors} extra={extra} />
      <form onSubmit={submit} noValidate>
        <TextField
          id={fieldIds['input.taxId']}
          label={t('administrators.add.taxId')}
          hint={t('administrators.add.taxId.hint')}
          error={errors.field('input.taxId')}
          value={taxId}
          onChange={(event) => setTaxId(event.target.value)}
          inputMode="numeric"
          autoComplete="off"
          className="govgr-input--width-10"
        />
        <TextField
          id={fieldIds['input.fullName']}
          label={t('administrators.add.fullName')}
          error={errors.field('input.fullName')}
          value={fullName}
          onChange={(event) => setFullName(event.target.value)}
          autoComplete="off"
        />
        <TextField
          id={fieldIds['input.email']}
          label={t('administrators.add.email')}
          error={errors.field('input.email')}
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          type="email"
          autoComplete="off"
          spellCheck={false}
        />
        <Radios<AdministratorRole>
          id={fieldIds['input.role']}
          name="new-administrator-role"
          legend={t('administrators.add.role')}
          error={roleMissing ? t('administrators.add.role.required') : errors.field('input.role')}
          value={role}
          onChange={setRole}
          choices={adminRoles.map((value) => ({ value, label: t(`role.${value}`) }))}
        />
        <Button type="submit" disabled={adding.loading}>
          {t('administrators.add.submit')}
        </Button>
      </form>
    </section>
  )
}
