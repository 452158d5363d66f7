import { WorkstationsSection } from '@keplive/kep-admin'
import { usePageTitle } from '@keplive/ui'
import { ManagerKep } from '../../features/kep/manager-kep'
import { useT } from '../../i18n'

/** Issue 14 item 8: the manager's KEP workstations — add, rename, retire (previewed). */
export function KepWorkstationsPage() {
  const t = useT()
  usePageTitle(t('kep.workstations.title'))
  return (
    <ManagerKep title={t('kep.workstations.title')}>
      {(kep) => <WorkstationsSection kepId={kep.id} canChange />}
    </ManagerKep>
  )
}
