import { useMutation } from '@apollo/client/react'
import { apiErrorOf } from '@keplive/api'
import { FormErrorSummary, ImpactSummary, useFormErrors } from '@keplive/kep-admin'
import {
  Button,
  ConfirmStep,
  formatLocalDate,
  Notice,
  SummaryList,
  TextField,
  useLanguage,
} from '@keplive/ui'
import { useState } from 'react'
import { useImpactPreview } from '../common/use-impact-preview'
import type { MunicipalityImpact_ImpactFragment } from '../../gql/graphql'
import { useT } from '../../i18n'
import { suspendMunicipalityMutation, withdrawMunicipalityMutation } from './operations'

export type Leaving = 'suspend' | 'withdraw'

interface Values {
  from: string
  reasonEl: string
  reasonEn: string
}

const fieldIds = {
  'input.from': 'leave-from',
  'input.reasonEl': 'leave-reason-el',
  'input.reasonEn': 'leave-reason-en',
  'input.municipalityId': 'leave-from',
}

/**
 * A municipality leaves (issue 18 item 6): an administrator suspends it, or its officer
 * withdraws it, from a date, with the reason citizens read. First the impact preview (the
 * counts and every future booking: kept, moved or cancelled), then the change made with the
 * preview's token, which does exactly what was shown; when the bookings changed meanwhile
 * (STALE_PREVIEW) the new preview is shown to confirm again.
 */
export function MunicipalityLeave({
  municipality,
  leaving,
  onDone,
  onCancel,
}: {
  municipality: { id: string; name: string }
  leaving: Leaving
  onDone: (impact: MunicipalityImpact_ImpactFragment) => void
  onCancel: () => void
}) {
  const t = useT()
  const { language } = useLanguage()
  const [values, setValues] = useState<Values>({ from: '', reasonEl: '', reasonEn: '' })
  const refetchQueries = ['AdminParticipatingMunicipalities', 'MyMunicipality']
  const [suspend, suspending] = useMutation(suspendMunicipalityMutation, { refetchQueries })
  const [withdraw, withdrawing] = useMutation(withdrawMunicipalityMutation, { refetchQueries })
  const state = leaving === 'suspend' ? suspending : withdrawing

  const run = async (
    apply: boolean,
    token?: string,
  ): Promise<MunicipalityImpact_ImpactFragment | undefined> => {
    // bookings of national fields no colleague can take go to other KEPs
    const impact = { apply, token: token ?? null, uncovered: 'MOVE' as const }
    if (leaving === 'suspend') {
      const { data } = await suspend({
        variables: { input: { municipalityId: municipality.id, ...values }, impact },
      })
      return data?.suspendMunicipality.impact
    }
    const { data } = await withdraw({ variables: { input: values, impact } })
    return data?.withdrawMunicipality.impact
  }

  const { preview, stale, previewIt, confirm, back } = useImpactPreview(run, onDone)
  const errors = useFormErrors(preview ? undefined : state.error, fieldIds, 'leave-from')
  const confirmErrors = useFormErrors(preview ? state.error : undefined, fieldIds)

  if (preview) {
    const read = apiErrorOf(state.error)
    return (
      <ConfirmStep
        title={t(`muni.leave.confirm.${leaving}`, { name: municipality.name })}
        summary={
          <SummaryList
            rows={[
              {
                key: t('muni.leave.from'),
                value: values.from ? formatLocalDate(values.from, language) : '',
              },
              { key: t('muni.leave.reasonEl'), value: values.reasonEl },
              { key: t('muni.leave.reasonEn'), value: values.reasonEn },
            ]}
          />
        }
        impact={<ImpactSummary impact={preview} />}
        warning={t('muni.leave.warning')}
        tone="warning"
        confirmLabel={t(`muni.leave.apply.${leaving}`)}
        busy={state.loading}
        error={
          stale ? (
            <Notice tone="alert" title={t('ui.error.summary')}>
              {t('muni.leave.stale')}
            </Notice>
          ) : read && read.code !== 'STALE_PREVIEW' ? (
            <FormErrorSummary errors={confirmErrors} />
          ) : null
        }
        onConfirm={() => void confirm()}
        onCancel={() => {
          back()
        }}
      />
    )
  }

  const set = (key: keyof Values, value: string) => setValues((v) => ({ ...v, [key]: value }))
  return (
    <form onSubmit={(e) => void previewIt(e)} noValidate>
      <p className="govgr-body">{t('muni.leave.intro')}</p>
      <FormErrorSummary errors={errors} />
      <TextField
        id="leave-from"
        type="date"
        label={t('muni.leave.from')}
        hint={t('muni.leave.from.hint')}
        value={values.from}
        error={errors.field('input.from') ?? errors.field('input.municipalityId')}
        onChange={(e) => set('from', e.target.value)}
      />
      <TextField
        id="leave-reason-el"
        label={t('muni.leave.reasonEl')}
        hint={t('muni.leave.reason.hint')}
        value={values.reasonEl}
        error={errors.field('input.reasonEl')}
        onChange={(e) => set('reasonEl', e.target.value)}
      />
      <TextField
        id="leave-reason-en"
        label={t('muni.leave.reasonEn')}
        value={values.reasonEn}
        error={errors.field('input.reasonEn')}
        onChange={(e) => set('reasonEn', e.target.value)}
      />
      <div className="admin-actions">
        <Button type="submit" disabled={state.loading}>
          {t('muni.leave.preview')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('muni.leave.cancel')}
        </Button>
      </div>
    </form>
  )
}
