import { useMutation } from '@apollo/client/react'
import { apiErrorOf } from '@keplive/api'
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
import { graphql } from '../../gql'
import type {
  ImpactSummary_ImpactFragment,
  KepImpact_ImpactFragment,
  UncoveredChoice,
} from '../../gql/graphql'
import { useT } from '../../i18n'
import { FormErrorSummary, useFormErrors } from '@keplive/kep-admin'
import { ImpactSummary, UncoveredChoiceRadios } from '@keplive/kep-admin'

graphql(`
  fragment KepImpact_impact on Impact {
    token
    ...ImpactSummary_impact
  }
`)

const suspendKepMutation = graphql(`
  mutation SuspendKep($input: SuspendKepInput!, $impact: ImpactInput!) {
    suspendKep(input: $input, impact: $impact) {
      impact {
        ...KepImpact_impact
      }
    }
  }
`)

const closeKepMutation = graphql(`
  mutation CloseKep($input: CloseKepInput!, $impact: ImpactInput!) {
    closeKep(input: $input, impact: $impact) {
      impact {
        ...KepImpact_impact
      }
    }
  }
`)

export type StatusChange = 'suspend' | 'close'

interface Values {
  from: string
  until: string
  reasonEl: string
  reasonEn: string
  uncovered: UncoveredChoice
}

const fieldIds = {
  'input.from': 'kep-status-from',
  'input.until': 'kep-status-until',
  'input.reasonEl': 'kep-status-reason-el',
  'input.reasonEn': 'kep-status-reason-en',
  'input.kepId': 'kep-status-from',
}

/** The impact as the API returns it: the fields ImpactSummary shows, and the token. */
type Previewed = KepImpact_ImpactFragment

/**
 * Suspending or closing a KEP: the date(s), the reason citizens read, and what to do with the
 * appointments no colleague can take; then the impact preview in a confirmation step; then the
 * change, made with the preview's token. When the appointments changed meanwhile
 * (STALE_PREVIEW) the new preview is shown to confirm again.
 */
export function KepStatusChange({
  kep,
  change,
  onDone,
  onCancel,
}: {
  kep: { id: string; name: string }
  change: StatusChange
  onDone: (impact: ImpactSummary_ImpactFragment) => void
  onCancel: () => void
}) {
  const t = useT()
  const { language } = useLanguage()
  const [values, setValues] = useState<Values>({
    from: '',
    until: '',
    reasonEl: '',
    reasonEn: '',
    uncovered: 'MOVE',
  })
  const [suspend, suspending] = useMutation(suspendKepMutation, {
    refetchQueries: ['AdminKep', 'AdminKeps', 'AuditTrailLine'],
  })
  const [close, closing] = useMutation(closeKepMutation, {
    refetchQueries: ['AdminKep', 'AdminKeps', 'AuditTrailLine'],
  })
  const state = change === 'suspend' ? suspending : closing

  const run = async (apply: boolean, token?: string): Promise<Previewed | undefined> => {
    const impact = { apply, token: token ?? null, uncovered: values.uncovered }
    const base = {
      kepId: kep.id,
      from: values.from,
      reasonEl: values.reasonEl,
      reasonEn: values.reasonEn,
    }
    if (change === 'suspend') {
      const { data } = await suspend({
        variables: { input: { ...base, until: values.until || null }, impact },
      })
      return data?.suspendKep.impact
    }
    const { data } = await close({ variables: { input: base, impact } })
    return data?.closeKep.impact
  }

  const { preview, stale, previewIt, confirm, back } = useImpactPreview(run, onDone)
  const errors = useFormErrors(preview ? undefined : state.error, fieldIds, 'kep-status-from')
  // a refusal at the confirmation step (not a stale preview, which is previewed again)
  const confirmErrors = useFormErrors(preview ? state.error : undefined, fieldIds)

  if (preview) {
    const read = apiErrorOf(state.error)
    return (
      <ConfirmStep
        title={t(change === 'suspend' ? 'kep.suspend.confirm' : 'kep.close.confirm', {
          name: kep.name,
        })}
        summary={
          <SummaryList
            rows={[
              {
                key: t('kep.history.from'),
                value: values.from ? formatLocalDate(values.from, language) : '',
              },
              ...(change === 'suspend'
                ? [
                    {
                      key: t('kep.history.until'),
                      value: values.until
                        ? formatLocalDate(values.until, language)
                        : t('kep.history.untilOpen'),
                    },
                  ]
                : []),
              { key: t('kep.history.reason'), value: values.reasonEl },
              { key: t('impact.uncovered'), value: t(`impact.uncovered.${values.uncovered}`) },
            ]}
          />
        }
        impact={<ImpactSummary impact={preview} />}
        warning={change === 'close' ? t('kep.close.warning') : undefined}
        tone={change === 'close' ? 'warning' : 'primary'}
        confirmLabel={t(change === 'suspend' ? 'kep.suspend.apply' : 'kep.close.apply')}
        busy={state.loading}
        error={
          stale ? (
            <Notice tone="alert" title={t('ui.error.summary')}>
              {t('kep.stale')}
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
    <section aria-labelledby="kep-status-title">
      <h2 className="govgr-heading-m" id="kep-status-title">
        {t(change === 'suspend' ? 'kep.suspend.title' : 'kep.close.title')}
      </h2>
      {change === 'close' ? <p>{t('kep.closeFutureNote')}</p> : null}
      <form onSubmit={(e) => void previewIt(e)} noValidate>
        <FormErrorSummary errors={errors} />
        <TextField
          id="kep-status-from"
          type="date"
          label={t('kep.status.from')}
          hint={t('kep.status.from.hint')}
          value={values.from}
          error={errors.field('input.from') ?? errors.field('input.kepId')}
          onChange={(e) => set('from', e.target.value)}
        />
        {change === 'suspend' ? (
          <TextField
            id="kep-status-until"
            type="date"
            label={t('kep.status.until')}
            hint={t('kep.status.until.hint')}
            value={values.until}
            error={errors.field('input.until')}
            onChange={(e) => set('until', e.target.value)}
          />
        ) : null}
        <TextField
          id="kep-status-reason-el"
          label={t('kep.status.reasonEl')}
          hint={t('kep.status.reason.hint')}
          value={values.reasonEl}
          error={errors.field('input.reasonEl')}
          onChange={(e) => set('reasonEl', e.target.value)}
        />
        <TextField
          id="kep-status-reason-en"
          label={t('kep.status.reasonEn')}
          value={values.reasonEn}
          error={errors.field('input.reasonEn')}
          onChange={(e) => set('reasonEn', e.target.value)}
        />
        <UncoveredChoiceRadios
          value={values.uncovered}
          onChange={(uncovered) => setValues((v) => ({ ...v, uncovered }))}
        />
        <div className="admin-actions">
          <Button type="submit" disabled={state.loading}>
            {t('kep.status.preview')}
          </Button>
          <Button variant="secondary" onClick={onCancel}>
            {t('kep.status.cancel')}
          </Button>
        </div>
      </form>
    </section>
  )
}
