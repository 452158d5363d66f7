import { describe, expect, it } from 'vitest'
import { foldForSearch, latinOf } from './fold-for-search'

describe('foldForSearch', () => {
  it('ignores accents and case in Greek', () => {
    expect(foldForSearch('ΗΡΑΚΛΕΙΟ')).toBe(foldForSearch('Ηράκλειο'))
    expect(foldForSearch('Ηράκλειο')).toBe('ηρακλειο')
  })

  it('treats the final sigma as σ, so a typed word matches mid-word', () => {
    expect(foldForSearch('Δήμος Αθηναίων')).toBe('δημοσ αθηναιων')
    expect(foldForSearch('Πειραιάς')).toContain(foldForSearch('πειραιασ'))
  })

  it('drops the diaeresis too', () => {
    expect(foldForSearch('Ευβοΐας')).toBe('ευβοιασ')
  })

  it('folds English and collapses spaces', () => {
    expect(foldForSearch('  Agios   Nikolaos ')).toBe('agios nikolaos')
  })
})

describe('latinOf', () => {
  it('writes a folded Greek name as typed on a Latin keyboard', () => {
    expect(latinOf(foldForSearch('Δήμος Ηρακλείου'))).toBe('dimos irakleiou')
    expect(latinOf(foldForSearch('Χαλκίδα'))).toBe('chalkida')
    expect(latinOf(foldForSearch('Ευβοΐας'))).toBe('evvoias')
  })

  it('leaves Latin text as it is', () => {
    expect(latinOf('agios nikolaos')).toBe('agios nikolaos')
  })
})
