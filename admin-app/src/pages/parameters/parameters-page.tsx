import { useRole } from '../../features/common/use-role'
import { FieldParametersPanel } from '../../features/parameters/field-parameters'
import { SettingsPanel } from '../../features/parameters/settings-panel'
import { useT } from '../../i18n'

/**
 * The fields' parameters and the settings, each versioned with an effective date (issue 13
 * item 3): every administrator reads them; only an ADMINISTRATOR is given the forms (the
 * server refuses the others anyway, Art. 3.5).
 */
export function ParametersPage() {
  const t = useT()
  const role = useRole()
  const canChange = role === 'ADMINISTRATOR'
  return (
    <>
      <h1>{t('parameters.title')}</h1>
      <p>{t('parameters.intro')}</p>
      {role && !canChange ? <p className="govgr-hint">{t('parameters.readOnly')}</p> : null}
      <FieldParametersPanel canChange={canChange} />
      <SettingsPanel canChange={canChange} />
    </>
  )
}
