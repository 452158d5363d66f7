import { useEffect, useRef, type ReactNode } from 'react'
import { Button } from './govgr/button'
import { WarningText } from './govgr/blocks'
import { useT } from './i18n/i18n'

export interface ConfirmStepProps {
  /** The question, e.g. "Deactivate Maria Papadopoulou?"; it takes focus when the step opens. */
  title: string
  /** What will change, e.g. a SummaryList of the new values. */
  summary?: ReactNode
  /** What the change does to others: usually an <ImpactSummary> of the preview. */
  impact?: ReactNode
  /** A consequence to stress (a GOV.GR warning), e.g. "This cannot be undone." */
  warning?: string
  confirmLabel?: string
  /** `warning`: a red button, for what cannot be undone. */
  tone?: 'primary' | 'warning'
  onConfirm: () => void
  onCancel: () => void
  /** While the change is being made: both buttons are disabled. */
  busy?: boolean
  /** Why the change failed, e.g. a <FormErrorSummary>. */
  error?: ReactNode
}

/**
 * The confirmation step before a destructive change (the admin app's changes, the staff app's
 * no-show …): a summary and the impact preview, then
 * Confirm / Cancel. Focus moves to its heading when it opens (a screen reader reads the
 * question at once) and, on Cancel, back to what had it before (the button that opened it).
 */
export function ConfirmStep({
  title,
  summary,
  impact,
  warning,
  confirmLabel,
  tone = 'primary',
  onConfirm,
  onCancel,
  busy = false,
  error,
}: ConfirmStepProps) {
  const t = useT()
  const heading = useRef<HTMLHeadingElement>(null)
  const opener = useRef<Element | null>(null)
  useEffect(() => {
    opener.current = document.activeElement
    heading.current?.focus()
  }, [])
  const cancel = () => {
    const back = opener.current
    onCancel()
    // after the step has closed and the opener is on the page again
    window.setTimeout(() => {
      if (back instanceof HTMLElement && back.isConnected) back.focus()
    }, 0)
  }
  return (
    <section className="keplive-confirm" aria-labelledby="confirm-step-title">
      <h2 className="govgr-heading-m" id="confirm-step-title" ref={heading} tabIndex={-1}>
        {title}
      </h2>
      {error}
      {summary}
      {impact}
      {warning ? <WarningText>{warning}</WarningText> : null}
      <div className="keplive-actions">
        <Button variant={tone} onClick={onConfirm} disabled={busy} aria-busy={busy || undefined}>
          {confirmLabel ?? t('ui.confirm.confirm')}
        </Button>
        <Button variant="secondary" onClick={cancel} disabled={busy}>
          {t('ui.confirm.cancel')}
        </Button>
      </div>
    </section>
  )
}
