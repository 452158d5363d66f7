import { useQuery } from '@apollo/client/react'
import { Loading, Notice, useLocalized } from '@keplive/ui'
import type { ReactNode } from 'react'
import { staffMeQuery } from '../agenda/agenda-operations'
import { useT } from '../../i18n'

/**
 * A manager's page of their own KEP (issue 14, Managers): the page's content for the logged-in
 * manager's KEP, or a notice for an employee who is not its manager. Hiding is a courtesy: the
 * server refuses what a role may not do.
 */
export function ManagerKep({
  title,
  children,
}: {
  title: string
  children: (kep: { id: string; label: string }) => ReactNode
}) {
  const t = useT()
  const localized = useLocalized()
  const { data, loading } = useQuery(staffMeQuery)
  if (loading && !data) return <Loading />
  const me = data?.me
  if (!me || me.role !== 'MANAGER' || !me.kep) {
    return (
      <>
        <h1>{title}</h1>
        <Notice title={t('kep.managersOnly')} />
      </>
    )
  }
  const kep = { id: me.kep.id, label: `${me.kep.code} · ${localized(me.kep.name)}` }
  return (
    <>
      <h1>{title}</h1>
      <p className="govgr-body">{t('kep.of', { kep: kep.label })}</p>
      {children(kep)}
    </>
  )
}
