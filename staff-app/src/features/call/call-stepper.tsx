import type { ReactNode, Ref } from 'react'
import { useT } from '../../i18n'
import type { CallStep } from './call-steps'

const icons: Record<CallStep['state'], string> = {
  current: '➜',
  done: '✓',
  failed: '✕',
  open: '○',
  locked: '–',
}

/**
 * One step of the call console's stepper: an item of the ordered list and a region named by its
 * heading, whose state reads at a glance by text, icon and colour; `aria-current="step"` on the
 * step to act on now. A finished step shows its summary above whatever it keeps showing.
 */
export function CallStepItem({
  step,
  title,
  summary,
  headingRef,
  children,
}: {
  step: CallStep
  title: string
  summary?: ReactNode
  headingRef?: Ref<HTMLHeadingElement>
  children?: ReactNode
}) {
  const t = useT()
  const headingId = `step-${step.id}-title`
  return (
    <li
      className={`staff-console__step staff-console__step--${step.state}`}
      aria-current={step.state === 'current' ? 'step' : undefined}
    >
      <section aria-labelledby={headingId} data-testid={`step-${step.id}`} data-state={step.state}>
        <h2 id={headingId} ref={headingRef} tabIndex={-1} className="staff-console__step-title">
          <span className="staff-console__step-icon" aria-hidden="true">
            {icons[step.state]}
          </span>
          <span className="staff-console__step-name">
            {t('console.step.numbered', { n: String(step.number), title })}
          </span>
          <span className="staff-console__step-state">{t(`console.state.${step.state}`)}</span>
        </h2>
        {summary ? <p className="staff-console__step-summary">{summary}</p> : null}
        {children}
      </section>
    </li>
  )
}
