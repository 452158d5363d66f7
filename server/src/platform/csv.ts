import type { FieldError } from './errors.js'

// CSV as administrators open it (issue 17 item 3): UTF-8 with a byte-order mark, so Excel reads
// Greek correctly; a comma by default or, for a spreadsheet set to Greek (whose list separator
// is the semicolon), `;`; CRLF line ends (RFC 4180).

export type CsvValue = string | number | boolean | Date | null | undefined
export type CsvSeparator = ',' | ';'

/** Excel takes U+FEFF at the start as "this is UTF-8". */
export const csvBom = '\uFEFF'

// A cell a spreadsheet would read as a formula (OWASP "CSV injection"): `=`, `+`, `-`, `@`, tab,
// carriage return. Free text from citizens (names, notes) reaches these files.
const formulaStart = /^[=+\-@\t\r]/

/** One cell: quoted when it holds the separator, a quote or a line end; text never a formula. */
export function csvCell(value: CsvValue, separator: CsvSeparator): string {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) return value.toISOString()
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
  if (typeof value === 'boolean') return value ? 'true' : 'false'
  const text = formulaStart.test(value) ? `'${value}` : value
  return text.includes(separator) || /["\r\n]/.test(text) || text !== text.trim()
    ? `"${text.replaceAll('"', '""')}"`
    : text
}

/** One record, ended by CRLF. */
export function csvLine(values: readonly CsvValue[], separator: CsvSeparator): string {
  return values.map((value) => csvCell(value, separator)).join(separator) + '\r\n'
}

/** The `separator` parameter: `comma` (default) or `semicolon`, the spreadsheet's choice. */
export function parseCsvSeparator(
  value: string | undefined,
  field = 'separator',
): CsvSeparator | FieldError {
  if (value === undefined || value === '' || value === 'comma' || value === ',') return ','
  if (value === 'semicolon' || value === ';') return ';'
  return {
    field,
    reason: 'invalid_value',
    message: {
      el: 'Το διαχωριστικό είναι «comma» (κόμμα) ή «semicolon» (ερωτηματικό).',
      en: 'The separator is “comma” or “semicolon”.',
    },
  }
}
