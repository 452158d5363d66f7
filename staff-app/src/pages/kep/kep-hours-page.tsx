import { ClosuresSection, SpecialHoursSection, WeeklyHoursView } from '@keplive/kep-admin'
import { usePageTitle } from '@keplive/ui'
import { ManagerKep } from '../../features/kep/manager-kep'
import { useT } from '../../i18n'

/**
 * Issue 14 item 7: the manager's KEP hours — the weekly hours (read only: the ministry sets
 * them), closures and extraordinary hours, each change previewed before it is applied.
 */
export function KepHoursPage() {
  const t = useT()
  usePageTitle(t('kep.hours.title'))
  return (
    <ManagerKep title={t('kep.hours.title')}>
      {(kep) => (
        <>
          <WeeklyHoursView kepId={kep.id} />
          <ClosuresSection kepId={kep.id} canChange />
          <SpecialHoursSection kepId={kep.id} canChange />
        </>
      )}
    </ManagerKep>
  )
}
