import { useMutation, useQuery } from '@apollo/client/react'
import { FormErrorSummary, useFormErrors } from '@keplive/kep-admin'
import { Button, formatDateTime, Notice, TextArea, useLanguage } from '@keplive/ui'
import { useState, type FormEvent } from 'react'
import { PagedTable, useCursorPaging, type Column } from '../../features/common/paged-table'
import { useRole } from '../../features/common/use-role'
import {
  markMailHandledMutation,
  retryAllMailMutation,
  retryMailMutation,
  undeliveredMailQuery,
} from '../../features/mail/operations'
import type { UndeliveredMailQuery } from '../../gql/graphql'
import { useT } from '../../i18n'

type Mail = UndeliveredMailQuery['undeliveredMail']['entries'][number]

const refetch = { refetchQueries: ['UndeliveredMail', 'MailCounts'], awaitRefetchQueries: true }

/** Marks one email handled, with the note that says how (ADMINISTRATOR). */
function HandleForm({
  mail,
  onDone,
  onCancel,
}: {
  mail: Mail
  onDone: () => void
  onCancel: () => void
}) {
  const t = useT()
  const [note, setNote] = useState('')
  const [mark, marking] = useMutation(markMailHandledMutation, refetch)
  const errors = useFormErrors(marking.error, { note: 'handled-note' })
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const result = await mark({ variables: { id: mail.id, note } }).catch(() => undefined)
    if (result?.data) onDone()
  }
  return (
    <section aria-labelledby="handle-title">
      <h2 className="govgr-heading-m" id="handle-title">
        {t('mail.handle.title', { kind: mail.kind, to: mail.recipientMasked })}
      </h2>
      <FormErrorSummary errors={errors} />
      <form onSubmit={submit} noValidate>
        <TextArea
          id="handled-note"
          label={t('mail.handle.note')}
          hint={t('mail.handle.note.hint')}
          error={errors.field('note')}
          value={note}
          onChange={(event) => setNote(event.target.value)}
          rows={3}
        />
        <Button type="submit" disabled={marking.loading}>
          {t('mail.handle.submit')}
        </Button>{' '}
        <Button type="button" variant="secondary" onClick={onCancel}>
          {t('mail.handle.cancel')}
        </Button>
      </form>
    </section>
  )
}

/** Issue 17 item 6: the emails that could not be delivered; retry or mark handled. */
export function UndeliveredMailPage() {
  const t = useT()
  const { language } = useLanguage()
  const role = useRole()
  const canChange = role === 'ADMINISTRATOR'
  const paging = useCursorPaging()
  const { data, loading, error } = useQuery(undeliveredMailQuery, {
    variables: { after: paging.after },
    fetchPolicy: 'cache-and-network',
  })
  const [done, setDone] = useState<string>()
  const [handling, setHandling] = useState<Mail>()
  const [retry, retrying] = useMutation(retryMailMutation, refetch)
  const [retryAll, retryingAll] = useMutation(retryAllMailMutation, refetch)
  const actionErrors = useFormErrors(retrying.error ?? retryingAll.error, {})
  const rows = data?.undeliveredMail.entries

  const retryOne = async (mail: Mail) => {
    const result = await retry({ variables: { id: mail.id } }).catch(() => undefined)
    if (result?.data) setDone(t('mail.retry.done', { to: mail.recipientMasked }))
  }
  const retryEvery = async () => {
    const result = await retryAll().catch(() => undefined)
    if (result?.data)
      setDone(t('mail.retryAll.done', { count: result.data.retryAllUndeliveredMail }))
  }

  const columns: Column<Mail>[] = [
    { key: 'to', header: t('mail.column.to'), cell: (m) => m.recipientMasked, rowHeader: true },
    { key: 'kind', header: t('mail.column.kind'), cell: (m) => m.kind },
    {
      key: 'reference',
      header: t('mail.column.reference'),
      cell: (m) => m.bookingReference ?? '—',
    },
    { key: 'error', header: t('mail.column.error'), cell: (m) => m.lastError ?? '—' },
    { key: 'attempts', header: t('mail.column.attempts'), cell: (m) => m.attempts, numeric: true },
    {
      key: 'last',
      header: t('mail.column.lastAttempt'),
      cell: (m) => (m.lastAttemptAt ? formatDateTime(m.lastAttemptAt, language) : '—'),
    },
    ...(canChange
      ? [
          {
            key: 'actions',
            header: t('mail.column.actions'),
            cell: (m: Mail) => (
              <>
                <Button
                  variant="secondary"
                  disabled={retrying.loading}
                  onClick={() => void retryOne(m)}
                  aria-label={t('mail.retry.label', { to: m.recipientMasked, kind: m.kind })}
                >
                  {t('mail.retry')}
                </Button>{' '}
                <Button
                  variant="secondary"
                  onClick={() => setHandling(m)}
                  aria-label={t('mail.handle.label', { to: m.recipientMasked, kind: m.kind })}
                >
                  {t('mail.handle')}
                </Button>
              </>
            ),
          },
        ]
      : []),
  ]

  return (
    <>
      <h1>{t('mail.title')}</h1>
      <p className="govgr-body">{t('mail.intro')}</p>
      {done ? <Notice tone="success" title={done} /> : null}
      <FormErrorSummary errors={actionErrors} />
      {handling ? (
        <HandleForm
          mail={handling}
          onCancel={() => setHandling(undefined)}
          onDone={() => {
            setDone(t('mail.handle.done', { to: handling.recipientMasked }))
            setHandling(undefined)
          }}
        />
      ) : null}
      {canChange && rows && rows.length > 0 ? (
        <p>
          <Button disabled={retryingAll.loading} onClick={() => void retryEvery()}>
            {t('mail.retryAll')}
          </Button>
        </p>
      ) : null}
      <PagedTable
        caption={t('mail.caption')}
        columns={columns}
        rows={rows}
        rowKey={(m) => m.id}
        emptyText={t('mail.empty')}
        loading={loading}
        error={error}
        paging={paging}
        pageInfo={data?.undeliveredMail.pageInfo}
      />
    </>
  )
}
