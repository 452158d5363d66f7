import { useEffect, useRef } from 'react'
import { useT } from '../i18n/i18n'

export interface ErrorSummaryItem {
  /** The id of the input to jump to. */
  fieldId: string
  message: string
}

/**
 * What is wrong with the page's answers, at its top: it takes focus when it appears (so a screen
 * reader reads it at once) and each line jumps to its field.
 */
export function ErrorSummary({ title, items }: { title?: string; items: ErrorSummaryItem[] }) {
  const t = useT()
  const box = useRef<HTMLDivElement>(null)
  const signature = items.map((item) => `${item.fieldId}:${item.message}`).join('|')
  useEffect(() => {
    if (signature) box.current?.focus()
  }, [signature])
  if (!items.length) return null
  return (
    <div
      className="govgr-error-summary"
      ref={box}
      tabIndex={-1}
      role="alert"
      aria-labelledby="error-summary-title"
    >
      <h2 className="govgr-heading-m" id="error-summary-title">
        {title ?? t('ui.error.summary')}
      </h2>
      <ul className="govgr-list">
        {items.map((item) => (
          <li key={`${item.fieldId}:${item.message}`}>
            <a
              className="govgr-link"
              href={`#${item.fieldId}`}
              onClick={(event) => {
                const field = document.getElementById(item.fieldId)
                if (!field) return
                event.preventDefault()
                field.focus()
                field.scrollIntoView({ block: 'center' })
              }}
            >
              {item.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  )
}
