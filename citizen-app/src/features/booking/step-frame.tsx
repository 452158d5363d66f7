import { BackLink, Button, StepProgress, usePageTitle } from '@keplive/ui'
import type { FormEvent, ReactNode } from 'react'
import { useT } from '../../i18n'

export interface StepPosition {
  current: number
  total: number
  /** What the step asks, for the progress line's spoken text. */
  label: string
}

/** Names a step in the browser tab: "Βήμα 3 από 7: Ημέρα" (WCAG 2.4.2, issue 16 item 7). */
function StepTitle({ position }: { position: StepPosition }) {
  const t = useT()
  usePageTitle(t('ui.step.title', { ...position }), 'step')
  return null
}

/**
 * The frame of one question: "Back" (which keeps every answer), the progress line, the question
 * as a form whose submit button is "Continue" (so Enter in a field continues too); the step's
 * position and question name the browser tab.
 */
export function StepFrame({
  position,
  onBack,
  onContinue,
  continueLabel,
  busy,
  children,
  after,
}: {
  position?: StepPosition
  onBack?: () => void
  onContinue: () => void
  continueLabel?: string
  busy?: boolean
  children: ReactNode
  /** Below the form, e.g. other ways forward. */
  after?: ReactNode
}) {
  const t = useT()
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!busy) onContinue()
  }
  return (
    <>
      {onBack ? <BackLink onClick={onBack} /> : null}
      {position ? (
        <>
          <StepTitle position={position} />
          <StepProgress current={position.current} total={position.total} label={position.label} />
        </>
      ) : null}
      <form noValidate onSubmit={submit} className="keplive-step">
        {children}
        <Button type="submit" disabled={busy} aria-disabled={busy}>
          {continueLabel ?? t('booking.continue')}
        </Button>
      </form>
      {after}
    </>
  )
}
