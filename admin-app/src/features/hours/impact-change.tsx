import { Button, ConfirmStep, Notice } from '@keplive/ui'
import type { FormEvent, ReactNode } from 'react'
import { FormErrorSummary, type FormErrors } from '@keplive/kep-admin'
import { ImpactSummary, UncoveredChoiceRadios } from '@keplive/kep-admin'
import { useT } from '../../i18n'
import type { useImpactFlow } from './impact-flow'

/**
 * A change's three steps on one spot of the page: the form (with the choice for uncovered
 * bookings) → the confirmation showing the preview → the outcome.
 */
export function ImpactChange({
  flow,
  errors,
  confirmTitle,
  doneTitle,
  onDone,
  onCancel,
  children,
}: {
  flow: ReturnType<typeof useImpactFlow>
  errors: FormErrors
  confirmTitle: string
  doneTitle: string
  onDone: () => void
  onCancel?: () => void
  children: ReactNode
}) {
  const t = useT()
  const { state } = flow
  if (state.step === 'confirm') {
    return (
      <ConfirmStep
        title={confirmTitle}
        impact={<ImpactSummary impact={state.impact} />}
        error={<FormErrorSummary errors={errors} />}
        confirmLabel={t('hours.apply')}
        tone={state.impact.cancelled > 0 ? 'warning' : 'primary'}
        warning={state.impact.cancelled > 0 ? t('hours.cancelWarning') : undefined}
        onConfirm={() => void flow.confirm()}
        onCancel={flow.cancel}
        busy={flow.busy}
      />
    )
  }
  if (state.step === 'done') {
    return (
      <>
        <Notice tone="success" title={doneTitle} />
        <ImpactSummary impact={state.impact} />
        <Button
          onClick={() => {
            flow.reset()
            onDone()
          }}
        >
          {t('hours.done')}
        </Button>
      </>
    )
  }
  const submit = (event: FormEvent) => {
    event.preventDefault()
    void flow.preview()
  }
  return (
    <form onSubmit={submit} noValidate>
      <FormErrorSummary errors={errors} />
      {children}
      <UncoveredChoiceRadios value={flow.uncovered} onChange={flow.setUncovered} />
      <div className="admin-actions">
        <Button type="submit" disabled={flow.busy} aria-busy={flow.busy || undefined}>
          {t('hours.preview')}
        </Button>
        {onCancel ? (
          <Button variant="secondary" onClick={onCancel}>
            {t('hours.cancel')}
          </Button>
        ) : null}
      </div>
    </form>
  )
}
