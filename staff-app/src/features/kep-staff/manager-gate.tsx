import { useQuery } from '@apollo/client/react'
import { Loading, usePageTitle } from '@keplive/ui'
import type { ReactNode } from 'react'
import { staffMeQuery } from '../agenda/agenda-operations'
import { useT } from '../../i18n'

/**
 * A manager's page (issue 14 item 6): its content for a KEP's manager, with their KEP's id; for
 * anyone else, the page's heading and why it is not for them (the server refuses them anyway).
 */
export function ManagerGate({
  title,
  children,
}: {
  title: string
  children: (kep: { id: string; code: string }) => ReactNode
}) {
  const t = useT()
  const me = useQuery(staffMeQuery)
  if (me.loading && !me.data) return <Loading />
  const user = me.data?.me
  if (!user || user.role !== 'MANAGER' || !user.kep) {
    return (
      <Refused title={title}>{user ? t('kepStaff.managersOnly') : t('agenda.loginFirst')}</Refused>
    )
  }
  return <>{children(user.kep)}</>
}

function Refused({ title, children }: { title: string; children: ReactNode }) {
  usePageTitle(title)
  return (
    <>
      <h1>{title}</h1>
      <p>{children}</p>
    </>
  )
}
