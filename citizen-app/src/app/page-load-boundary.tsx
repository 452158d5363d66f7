import { Component, type ReactNode } from 'react'
import { Button, Notice } from '@keplive/ui'
import { useT } from '../i18n'

function PageLoadFailed() {
  const t = useT()
  return (
    <Notice title={t('common.pageLoadFailed.title')} tone="alert">
      <p>{t('common.pageLoadFailed.body')}</p>
      <Button onClick={() => window.location.reload()}>{t('common.pageLoadFailed.reload')}</Button>
    </Notice>
  )
}

/**
 * A page that cannot be downloaded (the connection dropped, or a new version of the app was
 * published meanwhile and the old file is gone) says so and offers to reload, instead of leaving
 * "Loading…" on the screen for ever. Keyed by the address, so moving on clears it.
 */
export class PageLoadBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false }

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true }
  }

  override render() {
    return this.state.failed ? <PageLoadFailed /> : this.props.children
  }
}
