import { Button, WarningText } from '@keplive/ui'
import { useEffect, useRef, useState } from 'react'
import { useT } from '../../i18n'

/**
 * The key just created, shown this once (the server keeps only its hash): a copy button, and
 * the key as selectable text for when the clipboard is refused.
 */
export function NewApiKey({
  name,
  apiKey,
  onClose,
}: {
  name: string
  apiKey: string
  onClose: () => void
}) {
  const t = useT()
  const [copied, setCopied] = useState<'yes' | 'failed' | undefined>(undefined)
  const headingRef = useRef<HTMLHeadingElement>(null)
  useEffect(() => headingRef.current?.focus(), [])

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(apiKey)
      setCopied('yes')
    } catch {
      setCopied('failed')
    }
  }

  return (
    <section className="govgr-panel admin-new-key" aria-labelledby="new-api-key-title">
      <h2 className="govgr-heading-m" id="new-api-key-title" tabIndex={-1} ref={headingRef}>
        {t('apiClients.key.title', { name })}
      </h2>
      <WarningText>{t('apiClients.key.warning')}</WarningText>
      <div className="govgr-field">
        <label className="govgr-label" htmlFor="new-api-key">
          {t('apiClients.key.label')}
        </label>
        <input
          id="new-api-key"
          className="govgr-input admin-new-key__value"
          value={apiKey}
          readOnly
          spellCheck={false}
          autoComplete="off"
          onFocus={(event) => event.currentTarget.select()}
        />
      </div>
      <p className="govgr-body">{t('apiClients.key.how')}</p>
      <div className="admin-actions">
        <Button onClick={() => void copy()}>{t('apiClients.key.copy')}</Button>
        <Button variant="secondary" onClick={onClose}>
          {t('apiClients.key.done')}
        </Button>
      </div>
      <p className="govgr-body" role="status">
        {copied === 'yes'
          ? t('apiClients.key.copied')
          : copied === 'failed'
            ? t('apiClients.key.copyFailed')
            : ''}
      </p>
    </section>
  )
}
