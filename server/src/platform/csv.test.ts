import { describe, expect, it } from 'vitest'
import { csvCell, csvLine, parseCsvSeparator } from './csv.js'

/** A small RFC 4180 reader, to prove what csvLine writes reads back as it was. */
function parseLine(line: string, separator: string): string[] {
  const cells: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!
    if (quoted && c === '"' && line[i + 1] === '"') {
      cell += '"'
      i++
    } else if (c === '"') {
      quoted = !quoted
    } else if (!quoted && c === separator) {
      cells.push(cell)
      cell = ''
    } else {
      cell += c
    }
  }
  cells.push(cell)
  return cells
}

describe('csv (issue 17 item 3)', () => {
  it('R3.5 writes cells that read back the same with either separator, Greek included', () => {
    const values = [
      'Παπαδόπουλος, Γιώργος',
      'said "yes"',
      'two\r\nlines',
      'a;b',
      ' padded ',
      'Άγιος',
    ]
    for (const separator of [',', ';'] as const) {
      const line = csvLine(values, separator)
      expect(line.endsWith('\r\n')).toBe(true)
      expect(parseLine(line.slice(0, -2), separator)).toEqual(values)
    }
  })

  it('R7.2 never writes a cell a spreadsheet would run as a formula', () => {
    for (const text of ['=HYPERLINK("x")', '+30 210', '-1+1', '@SUM(A1)', '\tx']) {
      expect(csvCell(text, ',').replace(/^"/, '').startsWith("'")).toBe(true)
    }
    expect(csvCell(-5, ',')).toBe('-5') // numbers are numbers
  })

  it('writes empty cells for null and undefined, ISO instants for dates, nothing for NaN', () => {
    expect(
      csvLine([null, undefined, new Date('2027-01-12T08:00:00Z'), Number.NaN, true], ';'),
    ).toBe(';;2027-01-12T08:00:00.000Z;;true\r\n')
  })

  it('reads the separator parameter, and refuses anything else by name', () => {
    expect(parseCsvSeparator(undefined)).toBe(',')
    expect(parseCsvSeparator('semicolon')).toBe(';')
    expect(parseCsvSeparator('tab')).toMatchObject({ field: 'separator', reason: 'invalid_value' })
  })
})
