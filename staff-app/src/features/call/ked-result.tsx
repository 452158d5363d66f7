import { formatLongDate, useLanguage } from '@keplive/ui'
import type { Ref } from 'react'
import type { CheckIdentityDocumentMutation, IdentityDocumentType } from '../../gql/graphql'
import { useT } from '../../i18n'

/** KED's answer to one check, with the document it was about (the number as typed). */
export type KedAnswer = CheckIdentityDocumentMutation['checkIdentityDocument'] & {
  documentType: IdentityDocumentType
  documentNumber: string
}

/**
 * The one reading that may be recorded as a verified identity: KED says VALID and the holder is
 * the booking's person (issue 15 item 2; the server's confirmIdentity insists on the same).
 */
export function isConfirmable(answer: KedAnswer): boolean {
  return answer.status === 'VALID' && answer.matchesBooking === true
}

/**
 * KED's answer as a status panel that cannot be misread: green with the holder's data when the
 * document is valid and the booking's person's; red, saying what to do next, for anything else
 * (expired, revoked, not found, KED not answering, or a valid document of someone else).
 */
export function KedResult({
  result,
  bookedName,
  headingRef,
}: {
  result: KedAnswer
  bookedName: string
  headingRef: Ref<HTMLHeadingElement>
}) {
  const t = useT()
  const { language } = useLanguage()
  const ok = isConfirmable(result)
  const mismatch = result.status === 'VALID' && !ok
  const title = mismatch ? t('identity.mismatch.title') : t(`identity.status.${result.status}`)
  const rows = [
    {
      key: t('identity.holder.document'),
      value: `${t(`identity.type.${result.documentType}`)} ${result.documentNumber.trim()}`,
    },
    ...(result.holder
      ? [
          {
            key: t('identity.holder.name'),
            value: `${result.holder.firstName} ${result.holder.lastName}`,
          },
          ...(result.holder.fatherName
            ? [{ key: t('identity.holder.father'), value: result.holder.fatherName }]
            : []),
          {
            key: t('identity.holder.birthDate'),
            value: formatLongDate(result.holder.birthDate, language),
          },
        ]
      : []),
  ]
  return (
    <div
      className={`staff-console__ked ${ok ? 'staff-console__ked--ok' : 'staff-console__ked--bad'}`}
      data-testid="ked-result"
      data-verdict={ok ? 'valid' : 'invalid'}
    >
      <h4 className="staff-console__ked-title" ref={headingRef} tabIndex={-1}>
        <span className="staff-console__ked-icon" aria-hidden="true">
          {ok ? '✓' : '✕'}
        </span>
        <span className="govgr-visually-hidden">
          {ok ? t('identity.ked.verdict.ok') : t('identity.ked.verdict.bad')}{' '}
        </span>
        {title}
      </h4>
      <div className="staff-console__ked-body">
        <dl className="staff-console__facts">
          {rows.map((row) => (
            <div className="staff-console__fact" key={row.key}>
              <dt>{row.key}</dt>
              <dd>{row.value}</dd>
            </div>
          ))}
        </dl>
        {ok ? <p>{t('identity.matches')}</p> : null}
        {mismatch ? (
          <p>
            <strong>{t('identity.mismatch.detail', { name: bookedName })}</strong>
          </p>
        ) : null}
        {ok ? null : (
          <>
            <p className="staff-console__next-title">
              <strong>{t('identity.next.title')}</strong>
            </p>
            <ol className="staff-console__next">
              <li>
                {result.status === 'UNAVAILABLE'
                  ? t('identity.next.unavailable')
                  : t('identity.next.another')}
              </li>
              <li>{t('identity.next.none')}</li>
            </ol>
          </>
        )}
      </div>
    </div>
  )
}
