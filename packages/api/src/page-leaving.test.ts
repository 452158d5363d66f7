import { describe, expect, it } from 'vitest'
import { watchPageLeaving } from './page-leaving'

describe('watchPageLeaving', () => {
  it('R2.1 knows the page is leaving once a navigation starts (the logout form) and not before', () => {
    const page = new EventTarget()
    const leaving = watchPageLeaving(page)
    expect(leaving()).toBe(false)
    page.dispatchEvent(new Event('beforeunload'))
    expect(leaving()).toBe(true)
  })

  it('counts a page hidden for the back/forward cache as leaving, and in use again when shown', () => {
    const page = new EventTarget()
    const leaving = watchPageLeaving(page)
    page.dispatchEvent(new Event('pagehide'))
    expect(leaving()).toBe(true)
    page.dispatchEvent(new Event('pageshow'))
    expect(leaving()).toBe(false)
  })
})
