import type { UserRole } from '../../gql/graphql'
import { useT } from '../../i18n'

/** A logged-in person without an administrator's role: no content, and where they belong. */
export function AccessDeniedPage({ role }: { role: UserRole }) {
  const t = useT()
  const staff = role === 'STAFF' || role === 'MANAGER'
  return (
    <>
      <h1 className="govgr-heading-xl">{t('denied.title')}</h1>
      <p className="govgr-body">{t('denied.body')}</p>
      {staff ? (
        <p className="govgr-body">
          {t('denied.staff')}{' '}
          <a className="govgr-link" href="/staff/">
            {t('denied.staffLink')}
          </a>
        </p>
      ) : null}
    </>
  )
}
