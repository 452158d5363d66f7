import { describe, expect, it } from 'vitest'
import { chosenPageTitle } from './page-title'

describe('the browser tab names the page (WCAG 2.4.2)', () => {
  it('R2.9 a booking step names the tab over its page, whichever was set first', () => {
    const page = { text: 'Κλείστε ραντεβού', rank: 'page' as const }
    const step = { text: 'Βήμα 3 από 7: Ημέρα', rank: 'step' as const }
    expect(chosenPageTitle([page, step])).toBe('Βήμα 3 από 7: Ημέρα')
    expect(chosenPageTitle([step, page])).toBe('Βήμα 3 από 7: Ημέρα')
  })

  it('R2.9 of equally specific titles the latest set shows; none leaves the app’s title alone', () => {
    const old = { text: 'Τα ραντεβού μου', rank: 'page' as const }
    const latest = { text: 'Οδηγός χρήσης', rank: 'page' as const }
    expect(chosenPageTitle([old, latest])).toBe('Οδηγός χρήσης')
    expect(chosenPageTitle([])).toBeNull()
  })
})
