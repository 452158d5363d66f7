import { useMutation, useQuery } from '@apollo/client/react'
import { Notice, Radios, SelectField, useLocalized } from '@keplive/ui'
import { useState } from 'react'
import { useFormErrors } from '@keplive/kep-admin'
import { useT } from '../../i18n'
import { bulkSetWeeklyHoursMutation, hoursKepsQuery } from './hours-operations'
import { useImpactFlow } from './impact-flow'
import { ImpactChange } from './impact-change'
import { emptyWeek, weekFieldIds, weekInputOf, type WeekDraft } from './week-draft'
import { WeekEditor } from './week-editor'

type Selector = 'region' | 'municipality'

/** One week to every active KEP of a region or a municipality, one preview for all. */
export function BulkHoursForm() {
  const t = useT()
  const localized = useLocalized()
  const { data } = useQuery(hoursKepsQuery)
  const [selector, setSelector] = useState<Selector>('region')
  const [region, setRegion] = useState('')
  const [municipalityId, setMunicipalityId] = useState('')
  const [draft, setDraft] = useState<WeekDraft>(emptyWeek)
  const [changed, setChanged] = useState<number>()
  const [mutate] = useMutation(bulkSetWeeklyHoursMutation)
  const keps = data?.keps ?? []
  const regions = [...new Map(keps.map((k) => [k.municipality.region.el, k.municipality.region]))]
  const municipalities = [...new Map(keps.map((k) => [k.municipality.id, k.municipality]))]
  const flow = useImpactFlow(async (impact) => {
    const { data: result } = await mutate({
      variables: {
        input: {
          ...(selector === 'region' ? { region } : { municipalityId }),
          ...weekInputOf(draft),
        },
        impact,
      },
    })
    setChanged(result!.bulkSetWeeklyHours.kepIds.length)
    return result!.bulkSetWeeklyHours.impact
  })
  const errors = useFormErrors(
    flow.error,
    {
      ...weekFieldIds('bulk', draft),
      'input.kepIds': 'bulk-selector',
      'input.region': 'bulk-region',
      'input.municipalityId': 'bulk-municipality',
    },
    'bulk-selector',
  )
  return (
    <ImpactChange
      flow={flow}
      errors={errors}
      confirmTitle={t('hours.bulk.confirm', { count: changed ?? 0 })}
      doneTitle={t('hours.bulk.done', { count: changed ?? 0 })}
      onDone={() => setDraft(emptyWeek())}
    >
      <Radios<Selector>
        name="bulk-selector"
        id="bulk-selector"
        legend={t('hours.bulk.which')}
        error={errors.field('input.kepIds')}
        value={selector}
        onChange={setSelector}
        choices={[
          { value: 'region', label: t('hours.bulk.byRegion') },
          { value: 'municipality', label: t('hours.bulk.byMunicipality') },
        ]}
      />
      {selector === 'region' ? (
        <SelectField
          id="bulk-region"
          label={t('hours.bulk.region')}
          value={region}
          error={errors.field('input.region')}
          onChange={(e) => setRegion(e.target.value)}
          options={[
            { value: '', label: t('hours.bulk.choose') },
            ...regions.map(([el, text]) => ({ value: el, label: localized(text) })),
          ]}
        />
      ) : (
        <SelectField
          id="bulk-municipality"
          label={t('hours.bulk.municipality')}
          value={municipalityId}
          error={errors.field('input.municipalityId')}
          onChange={(e) => setMunicipalityId(e.target.value)}
          options={[
            { value: '', label: t('hours.bulk.choose') },
            ...municipalities.map(([id, m]) => ({ value: id, label: localized(m.name) })),
          ]}
        />
      )}
      <Notice title={t('hours.bulk.replaceNote')} />
      <WeekEditor prefix="bulk" draft={draft} onChange={setDraft} errors={errors} />
    </ImpactChange>
  )
}
