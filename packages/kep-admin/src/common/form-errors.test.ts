import { describe, expect, it } from 'vitest'
import { inputIdFor } from './form-errors'

// A VALIDATION_FAILED names fields by path; the error summary links each to an input.
const ids = {
  'input.taxId': 'tax-id',
  'input.windows': 'windows',
  'input.windows[1].closesAt': 'closes-1',
  'input.rows': 'csv-file',
}

describe('inputIdFor', () => {
  it('finds the input of a field by its own path', () => {
    expect(inputIdFor('input.taxId', ids)).toBe('tax-id')
    expect(inputIdFor('input.windows[1].closesAt', ids)).toBe('closes-1')
  })

  it('falls back to the nearest listed parent of a nested or indexed path (a CSV row)', () => {
    expect(inputIdFor('input.windows[0].opensAt', ids)).toBe('windows')
    expect(inputIdFor('input.windows[1].opensAt', ids)).toBe('windows')
    expect(inputIdFor('input.rows[9999].taxId', ids)).toBe('csv-file')
  })

  it('gives nothing for a path no listed field contains, nor for an inherited key', () => {
    expect(inputIdFor('input.email', ids)).toBeUndefined()
    expect(inputIdFor('input', ids)).toBeUndefined()
    expect(inputIdFor('toString', ids)).toBeUndefined()
    expect(inputIdFor('', ids)).toBeUndefined()
  })
})
