import { describe, expect, it } from 'vitest'
import {
  bookingField,
  chooseCategory,
  chooseDate,
  chooseKepMode,
  chooseMunicipality,
  freshAnswers,
  resolveStep,
  stepAfter,
  stepBefore,
  stepOfField,
  stepsFor,
  type BookingAnswers,
} from './booking-answers'

const slot = { startsAt: '2027-01-12T08:30:00.000Z', endsAt: '2027-01-12T08:50:00.000Z' }
const hold = {
  id: 'h1',
  startsAt: slot.startsAt,
  deadline: 0,
  kep: { name: { el: 'ΚΕΠ', en: 'KEP' }, municipality: { el: 'Δήμος', en: 'Municipality' } },
}

function answered(over: Partial<BookingAnswers> = {}): BookingAnswers {
  return {
    ...freshAnswers(),
    category: 'MUNICIPAL',
    municipalityId: 'm1',
    procedureId: 'p1',
    kepId: 'k1',
    date: '2027-01-12',
    slot,
    hold,
    detailsDone: true,
    ...over,
  }
}

describe('the booking flow’s steps', () => {
  it('R4.4 asks the municipal field for the municipality first and then its KEP', () => {
    expect(stepsFor(answered())).toEqual([
      'category',
      'municipality',
      'procedure',
      'kep',
      'date',
      'time',
      'details',
      'review',
    ])
  })

  it('R4.1–R4.3 offers any KEP, and asks for municipality and KEP only when the citizen wants one', () => {
    const any = answered({
      category: 'INFORMATION',
      kepMode: 'any',
      municipalityId: undefined,
      kepId: undefined,
    })
    expect(stepsFor(any)).toEqual([
      'category',
      'procedure',
      'kepMode',
      'date',
      'time',
      'details',
      'review',
    ])
    expect(stepsFor({ ...any, kepMode: 'chosen' })).toContain('kep')
  })

  it('never skips an unanswered question, whatever the address asks for', () => {
    const partial = { ...freshAnswers(), category: 'INFORMATION' as const }
    expect(resolveStep(partial, 'review')).toBe('procedure')
    expect(resolveStep(partial, 'category')).toBe('category')
    expect(resolveStep(partial, 'nonsense')).toBe('procedure')
    expect(resolveStep(answered(), 'review')).toBe('review')
    expect(resolveStep(answered(), 'date')).toBe('date')
  })

  it('issue 16 item 1: a time chosen but no longer held is asked again, before the details and the review', () => {
    expect(resolveStep(answered(), 'review')).toBe('review')
    expect(resolveStep(answered({ hold: undefined }), 'review')).toBe('time')
    expect(resolveStep(answered({ hold: undefined }), 'details')).toBe('time')
  })

  it('goes back a question keeping every answer, and forward to the review after a Change', () => {
    const all = answered()
    expect(stepBefore(all, 'kep')).toBe('procedure')
    expect(stepBefore(all, 'category')).toBeUndefined()
    expect(stepAfter(all, 'procedure')).toBe('kep')
    expect(stepAfter({ ...all, returnToReview: true }, 'procedure')).toBe('review')
    // a new day needs a new time before the review
    const newDay = chooseDate({ ...all, returnToReview: true }, '2027-01-13')
    expect(newDay.slot).toBeUndefined()
    expect(stepAfter(newDay, 'date')).toBe('time')
  })

  it('forgets the answers a changed answer invalidates, and only those', () => {
    const all = answered()
    expect(chooseCategory(all, 'MUNICIPAL')).toBe(all)
    const other = chooseCategory(all, 'BUSINESS')
    expect(other).toMatchObject({ procedureId: undefined, kepId: undefined, slot: undefined })
    expect(other.details).toBe(all.details)
    // a municipal procedure belongs to its municipality
    expect(chooseMunicipality(all, 'm2')).toMatchObject({
      procedureId: undefined,
      kepId: undefined,
    })
    const national = answered({ category: 'INFORMATION', kepMode: 'chosen' })
    expect(chooseMunicipality(national, 'm2').procedureId).toBe('p1')
    expect(chooseKepMode(national, 'any')).toMatchObject({
      municipalityId: undefined,
      kepId: undefined,
    })
  })

  it('sends each of the server’s field problems to the question that asks it', () => {
    expect(stepOfField('startsAt')).toBe('time')
    expect(stepOfField('kepId')).toBe('kep')
    expect(stepOfField('email')).toBe('details')
    expect(stepOfField('business.taxId')).toBe('details')
  })

  it('issue 11 defect 7: takes the server’s text rule’s paths (input.fullName) as the same questions', () => {
    expect(stepOfField('input.startsAt')).toBe('time')
    expect(stepOfField('input.specialRequirements.other')).toBe('details')
    expect(bookingField('input.fullName')).toBe('fullName')
    expect(bookingField('business.name')).toBe('business.name')
  })
})
