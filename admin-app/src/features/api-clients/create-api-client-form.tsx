import { useMutation } from '@apollo/client/react'
import { Button, Checkboxes, TextField, type ErrorSummaryItem } from '@keplive/ui'
import { useState, type FormEvent } from 'react'
import type { ApiScope } from '../../gql/graphql'
import { useT } from '../../i18n'
import { FormErrorSummary, useFormErrors } from '@keplive/kep-admin'
import { createApiClientMutation } from './api-clients-operations'

export const apiScopes: readonly ApiScope[] = ['CATALOG_READ', 'AVAILABILITY_READ']

const fieldIds = {
  'input.name': 'api-client-name',
  'input.scopes': 'api-client-scopes',
  'input.rateLimitPerMinute': 'api-client-rate-limit',
}

/**
 * Creates a key for a third party (ADMINISTRATOR only; issue 17 item 5). The server checks the
 * name, scopes and limit again and answers field by field; the form only spares a round trip
 * for an empty choice or a limit that is not a number.
 */
export function CreateApiClientForm({
  onCreated,
}: {
  onCreated: (created: { name: string; key: string }) => void
}) {
  const t = useT()
  const [name, setName] = useState('')
  const [scopes, setScopes] = useState<ApiScope[]>([])
  const [rateLimit, setRateLimit] = useState('')
  const [local, setLocal] = useState<ErrorSummaryItem[]>([])
  const [create, creating] = useMutation(createApiClientMutation, {
    refetchQueries: ['ApiClientsList'],
    awaitRefetchQueries: true,
  })
  const errors = useFormErrors(creating.error, fieldIds)
  const localError = (fieldId: string) => local.find((item) => item.fieldId === fieldId)?.message

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const problems: ErrorSummaryItem[] = []
    if (scopes.length === 0) {
      problems.push({
        fieldId: fieldIds['input.scopes'],
        message: t('apiClients.create.scopes.required'),
      })
    }
    const trimmed = rateLimit.trim()
    if (trimmed !== '' && !/^\d{1,6}$/.test(trimmed)) {
      problems.push({
        fieldId: fieldIds['input.rateLimitPerMinute'],
        message: t('apiClients.create.rateLimit.invalid'),
      })
    }
    setLocal(problems)
    if (problems.length > 0) return
    const result = await create({
      variables: {
        input: {
          name,
          scopes,
          rateLimitPerMinute: trimmed === '' ? null : Number(trimmed),
        },
      },
    }).catch(() => undefined) // shown from creating.error
    const created = result?.data?.createApiClient
    if (created) {
      setName('')
      setScopes([])
      setRateLimit('')
      onCreated({ name: created.client.name, key: created.key })
    }
  }

  return (
    <section aria-labelledby="create-api-client-title">
      <h2 className="govgr-heading-m" id="create-api-client-title">
        {t('apiClients.create.title')}
      </h2>
      <p className="govgr-body">{t('apiClients.create.intro')}</p>
      <FormErrorSummary errors={errors} extra={local} />
      <form onSubmit={submit} noValidate>
        <TextField
          id={fieldIds['input.name']}
          label={t('apiClients.create.name')}
          hint={t('apiClients.create.name.hint')}
          error={errors.field('input.name')}
          value={name}
          onChange={(event) => setName(event.target.value)}
          autoComplete="off"
        />
        <Checkboxes<ApiScope>
          id={fieldIds['input.scopes']}
          name="api-client-scopes"
          legend={t('apiClients.create.scopes')}
          hint={t('apiClients.create.scopes.hint')}
          error={localError(fieldIds['input.scopes']) ?? errors.field('input.scopes')}
          values={scopes}
          onChange={setScopes}
          choices={apiScopes.map((value) => ({
            value,
            label: t(`apiClients.create.scope.${value}`),
          }))}
        />
        <TextField
          id={fieldIds['input.rateLimitPerMinute']}
          label={t('apiClients.create.rateLimit')}
          hint={t('apiClients.create.rateLimit.hint')}
          error={
            localError(fieldIds['input.rateLimitPerMinute']) ??
            errors.field('input.rateLimitPerMinute')
          }
          value={rateLimit}
          onChange={(event) => setRateLimit(event.target.value)}
          inputMode="numeric"
          autoComplete="off"
          className="govgr-input--width-5"
        />
        <Button type="submit" disabled={creating.loading}>
          {t('apiClients.create.submit')}
        </Button>
      </form>
    </section>
  )
}
