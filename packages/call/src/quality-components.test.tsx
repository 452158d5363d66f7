import { I18nProvider } from '@keplive/ui'
import type { ReactNode } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { ConnectionIndicator } from './connection-indicator'
import { callCatalogs } from './i18n'
import { PoorLineOffer, type PoorLineOfferProps } from './poor-line-offer'
import type { LinkQuality } from './quality'

// No DOM library is set up here: the components are rendered to HTML as the server would,
// and their interaction (opening the figures, choosing an offer) is tested in the browser.
const html = (node: ReactNode) =>
  renderToStaticMarkup(<I18nProvider catalogs={callCatalogs}>{node}</I18nProvider>)

const poor: LinkQuality = {
  level: 'poor',
  bitrateKbps: 96,
  sentKbps: 410,
  lossPercent: 12.5,
  rttMs: 640,
  fps: 7.5,
  poorSinceMs: 0,
}

describe('ConnectionIndicator (issue 15 item 4)', () => {
  it('R6.1 says the level in words, names whose link it is, and holds the figures behind a collapsed button', () => {
    const out = html(<ConnectionIndicator quality={poor} who="Υπάλληλος ΚΕΠ" />)
    expect(out).toContain('data-testid="connection-indicator"')
    expect(out).toContain('Κακή σύνδεση')
    expect(out).toContain('(Υπάλληλος ΚΕΠ)')
    expect(out).toMatch(/<button type="button" class="call-quality__toggle" aria-expanded="false"/)
    expect(out).toMatch(/<div id="[^"]+" class="call-quality__figures" hidden="">/)
    expect(out).toContain('96 kbps')
    expect(out).toContain('12.5 %')
    expect(out).toContain('640 ms')
    expect(out).toContain('>7.5<')
    // one bar of three lit: the colour repeats the words, never alone
    expect(out.match(/call-quality__bar--on/g)).toHaveLength(1)
  })

  it('before the first measurement it says so, with no figures invented', () => {
    const out = html(<ConnectionIndicator quality={undefined} who="Πολίτης" />)
    expect(out).toContain('Μέτρηση σύνδεσης…')
    expect(out.match(/δεν έχει μετρηθεί/g)).toHaveLength(5)
  })
})

const offer = (props: Partial<PoorLineOfferProps>) =>
  html(
    <PoorLineOffer
      poorForMs={12_000}
      identityVerified
      videoOn
      videoQuality="normal"
      onAudioOnly={() => undefined}
      onLowerQuality={() => undefined}
      {...props}
    />,
  )

describe('PoorLineOffer (issue 15 item 4)', () => {
  it('R6.3 after 10 s of a poor line offers audio only and lower quality, announced once in a status region', () => {
    const out = offer({})
    expect(out).toContain('data-testid="poor-line-offer"')
    expect(out).toContain('Συνέχεια μόνο με ήχο')
    expect(out).toContain('Χαμηλότερη ποιότητα εικόνας')
    expect(out).toContain('Κλείσιμο')
    expect(out.match(/role="status"/g)).toHaveLength(1)
    expect(out).toMatch(/role="status">Η σύνδεση είναι αδύναμη. Μπορείτε να συνεχίσετε μόνο με ήχο/)
  })

  it('R6.3 before the identity is verified offers only a lower video quality, never audio only', () => {
    const out = offer({ identityVerified: false })
    expect(out).not.toContain('Συνέχεια μόνο με ήχο')
    expect(out).toContain('Χαμηλότερη ποιότητα εικόνας')
    expect(out).toContain('Η κάμερα χρειάζεται για την ταυτοποίησή σας')
  })

  it('is not shown before 10 s, nor when nothing is left to offer; its live region stays, empty', () => {
    for (const out of [
      offer({ poorForMs: 9_000 }),
      offer({ identityVerified: false, videoQuality: 'low' }),
      offer({ videoOn: false }),
    ]) {
      expect(out).not.toContain('poor-line-offer')
      expect(out).toMatch(/role="status"><\/p>/)
    }
  })

  it('with a lower quality already chosen offers only audio only', () => {
    const out = offer({ videoQuality: 'low' })
    expect(out).toContain('Συνέχεια μόνο με ήχο')
    expect(out).not.toContain('Χαμηλότερη ποιότητα εικόνας')
  })
})

describe('callCatalogs', () => {
  it('English has exactly the Greek keys, every text written', () => {
    expect(Object.keys(callCatalogs.en).sort()).toEqual(Object.keys(callCatalogs.el).sort())
    for (const text of [...Object.values(callCatalogs.el), ...Object.values(callCatalogs.en)]) {
      expect(text.trim()).not.toBe('')
    }
  })
})
