import type { ReactNode } from 'react'
import { useT } from '../i18n/i18n'

/** "Back" to the previous step, as a button (it keeps what was entered; it is not a page load). */
export function BackLink({ onClick, children }: { onClick: () => void; children?: ReactNode }) {
  const t = useT()
  return (
    <button type="button" className="govgr-back-link keplive-back-link" onClick={onClick}>
      {children ?? t('ui.back')}
    </button>
  )
}

/** The green confirmation box of a finished task, e.g. the booking's reference. */
export function ConfirmationPanel({ title, children }: { title: ReactNode; children?: ReactNode }) {
  return (
    <div className="govgr-panel govgr-panel--confirmation">
      <h1 className="govgr-panel__title" tabIndex={-1} data-step-heading="">
        {title}
      </h1>
      {children ? <div className="govgr-panel__body">{children}</div> : null}
    </div>
  )
}

/**
 * A notice about the page as a whole. `status` is read out politely when it appears; `alert`
 * interrupts (for something that went wrong).
 */
export function Notice({
  title,
  children,
  tone = 'info',
}: {
  title: ReactNode
  children?: ReactNode
  tone?: 'info' | 'success' | 'alert'
}) {
  return (
    <div
      className={`govgr-notification-banner${tone === 'success' ? ' govgr-notification-banner--success' : ''}${tone === 'alert' ? ' keplive-notice--alert' : ''}`}
      role={tone === 'alert' ? 'alert' : 'status'}
    >
      <div className="govgr-notification-banner__header">
        <h2 className="govgr-notification-banner__title">{title}</h2>
      </div>
      {children ? <div className="govgr-notification-banner__content">{children}</div> : null}
    </div>
  )
}

/** An important warning in the text, with its spoken prefix. */
export function WarningText({ children }: { children: ReactNode }) {
  const t = useT()
  return (
    <div className="govgr-warning-text">
      <span className="govgr-warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong className="govgr-warning-text__text">
        <span className="govgr-warning-text__assistive">{t('ui.warning.prefix')} </span>
        {children}
      </strong>
    </div>
  )
}

export interface SummaryRow {
  key: ReactNode
  value: ReactNode
  /** A "Change" action for this answer; its accessible name includes the row's key. */
  change?: { label: string; onClick: () => void }
}

/** The answers given so far, as the review step shows them. */
export function SummaryList({ rows }: { rows: SummaryRow[] }) {
  return (
    <dl className="govgr-summary-list">
      {rows.map((row, index) => (
        <div className="govgr-summary-list__row" key={index}>
          <dt className="govgr-summary-list__key">{row.key}</dt>
          <dd className="govgr-summary-list__value">{row.value}</dd>
          {row.change ? (
            <dd className="govgr-summary-list__actions">
              <button type="button" className="govgr-btn-link" onClick={row.change.onClick}>
                {row.change.label}
              </button>
            </dd>
          ) : null}
        </div>
      ))}
    </dl>
  )
}

/** "Step 3 of 9" with a bar, for a flow of one question per page. */
export function StepProgress({
  current,
  total,
  label,
}: {
  current: number
  total: number
  label: string
}) {
  const t = useT()
  return (
    <div className="keplive-step-progress">
      <p className="govgr-caption-m keplive-step-progress__text">
        {t('ui.step.of', { current, total })}
        <span className="govgr-visually-hidden">: {label}</span>
      </p>
      <progress
        className="keplive-step-progress__bar"
        max={total}
        value={current}
        aria-hidden="true"
      />
    </div>
  )
}

/** A spinner with its text, for a part of the page that is loading. */
export function Loading({ children }: { children?: ReactNode }) {
  const t = useT()
  return (
    <p className="keplive-loading" role="status">
      {children ?? t('ui.loading')}
    </p>
  )
}
