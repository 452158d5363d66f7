import { sql } from 'drizzle-orm'
import type { Actor } from '../../platform/actor.js'
import type { Clock } from '../../platform/clock.js'
import { rowsOf, type Db } from '../../platform/db/client.js'
import { fieldError, validationFailed, type FieldError } from '../../platform/errors.js'
import { recordAudits } from '../audit/index.js'
import { employees } from '../identity/index.js'
import {
  assertOperator,
  employedTaxIds,
  isTaxIdTaken,
  kepsByCode,
  newEmployeeProblems,
  type EmployeeRole,
} from './employees.service.js'

// Bulk import of employees from a CSV file (issue 13 item 4): a preview with a result per row,
// then the same file applied — every row added, or none.
//
// The file: UTF-8, a byte-order mark allowed; comma- or semicolon-separated (the header's
// separator decides; Greek Excel saves with semicolons); fields may be "quoted" ("" inside a
// quoted field is one "); the header names the columns, in any order, case-insensitively:
//   afm,full_name,email,kep_code,role
// role is STAFF or MANAGER (either case); empty means STAFF. Blank lines are skipped. At most
// 5,000 rows and 1 MB, checked before anything is parsed.

export const csvColumns = ['afm', 'full_name', 'email', 'kep_code', 'role'] as const
type Column = (typeof csvColumns)[number]
export const maxCsvRows = 5000
export const maxCsvBytes = 1024 * 1024

export interface CsvRowResult {
  line: number
  afm: string
  fullName: string
  email: string
  kepCode: string
  role: string
  outcome: 'would_add' | 'added' | 'error'
  employeeId: string | null
  errors: { column: Column; reason: string; messageEl: string; messageEn: string }[]
}

export interface CsvImportResult {
  applied: boolean
  valid: number
  invalid: number
  rows: CsvRowResult[]
}

/** Splits one record into fields (RFC 4180 quoting). */
function splitRecord(line: string, separator: string): string[] {
  const fields: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') quoted = false
      else field += c
    } else if (c === '"' && field.trim() === '') {
      field = ''
      quoted = true
    } else if (c === separator) {
      fields.push(field)
      field = ''
    } else field += c
  }
  fields.push(field)
  return fields.map((f) => f.trim())
}

/**
 * The file's records with their line numbers; a quoted field may span lines. Blank lines are
 * skipped.
 */
function records(text: string): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = []
  const lines = text.split(/\r\n|\n|\r/)
  let open: { line: number; text: string } | undefined
  lines.forEach((l, i) => {
    if (open) open.text += `\n${l}`
    else open = { line: i + 1, text: l }
    // an odd count of quotes leaves a quoted field open across the line break
    if ((open.text.match(/"/g)?.length ?? 0) % 2 === 0) {
      if (open.text.trim() !== '') out.push(open)
      open = undefined
    }
  })
  if (open && open.text.trim() !== '') out.push(open)
  return out
}

const fileError = (reason: string, el: string, en: string): FieldError =>
  fieldError('input.csv', reason, el, en)

/** The limits, before any parsing: a file too large or too long is refused whole. */
function sizeProblems(csv: string): FieldError[] {
  if (Buffer.byteLength(csv, 'utf8') > maxCsvBytes) {
    return [
      fileError(
        'too_large',
        'Το αρχείο ξεπερνά το 1 MB: χωρίστε το σε μικρότερα.',
        'The file is larger than 1 MB: split it into smaller ones.',
      ),
    ]
  }
  // counted by lines, before any parsing (a quoted field spanning lines counts each)
  let nonBlank = 0
  for (const line of csv.split(/\r\n|\n|\r/)) if (line.trim() !== '') nonBlank++
  if (nonBlank - 1 > maxCsvRows) {
    return [
      fileError(
        'too_many_rows',
        `Το αρχείο έχει περισσότερες από ${maxCsvRows.toLocaleString('el-GR')} γραμμές: χωρίστε το σε μικρότερα.`,
        `The file has more than ${maxCsvRows.toLocaleString('en-GB')} rows: split it into smaller ones.`,
      ),
    ]
  }
  return []
}

interface ParsedRow {
  line: number
  values: Record<Column, string>
}

/**
 * The header and the rows of the file.
 * @throws DomainError VALIDATION_FAILED on input.csv: empty, or a column missing, unknown or twice.
 */
function parse(csv: string): ParsedRow[] {
  const text = csv.startsWith('\uFEFF') ? csv.slice(1) : csv
  const all = records(text)
  const header = all[0]
  if (!header) {
    throw validationFailed([
      fileError(
        'empty',
        `Το αρχείο είναι κενό· η πρώτη γραμμή πρέπει να είναι: ${csvColumns.join(',')}`,
        `The file is empty; its first line must be: ${csvColumns.join(',')}`,
      ),
    ])
  }
  // the separator is whichever of ; and , the header uses first
  const semicolon = header.text.indexOf(';')
  const comma = header.text.indexOf(',')
  const separator = semicolon !== -1 && (comma === -1 || semicolon < comma) ? ';' : ','
  const names = splitRecord(header.text, separator).map((n) => n.toLowerCase())
  const errors: FieldError[] = []
  const seen = new Set<string>()
  for (const name of names) {
    if (!(csvColumns as readonly string[]).includes(name)) {
      errors.push(
        fileError(
          'unknown_column',
          `Άγνωστη στήλη «${name}» στην επικεφαλίδα· οι στήλες είναι: ${csvColumns.join(',')}`,
          `Unknown column "${name}" in the header; the columns are: ${csvColumns.join(',')}`,
        ),
      )
    } else if (seen.has(name)) {
      errors.push(
        fileError(
          'duplicate_column',
          `Η στήλη «${name}» υπάρχει δύο φορές στην επικεφαλίδα.`,
          `The column "${name}" appears twice in the header.`,
        ),
      )
    }
    seen.add(name)
  }
  for (const column of csvColumns) {
    if (!names.includes(column)) {
      errors.push(
        fileError(
          'missing_column',
          `Λείπει η στήλη «${column}» από την επικεφαλίδα (${csvColumns.join(',')}).`,
          `The header lacks the column "${column}" (${csvColumns.join(',')}).`,
        ),
      )
    }
  }
  if (errors.length > 0) throw validationFailed(errors)
  return all.slice(1).map((r) => {
    const fields = splitRecord(r.text, separator)
    const values = Object.fromEntries(csvColumns.map((c) => [c, ''])) as Record<Column, string>
    names.forEach((name, i) => {
      values[name as Column] = fields[i] ?? ''
    })
    return { line: r.line, values }
  })
}

type RowError = CsvRowResult['errors'][number]
const rowError = (column: Column, e: FieldError): RowError => ({
  column,
  reason: e.reason,
  messageEl: e.message.el,
  messageEn: e.message.en,
})

const roleOf = (value: string): EmployeeRole | undefined => {
  const v = value.trim().toLowerCase()
  if (v === '' || v === 'staff') return 'staff'
  if (v === 'manager') return 'manager'
  return undefined
}

/** Every row checked against the file itself and the database as it is now. */
async function check(db: Db, rows: ParsedRow[]): Promise<CsvRowResult[]> {
  const kepIds = await kepsByCode(db, [...new Set(rows.map((r) => r.values.kep_code))])
  const employed = await employedTaxIds(db, [...new Set(rows.map((r) => r.values.afm))])
  const firstLineOf = new Map<string, number>()
  return rows.map(({ line, values }) => {
    const columnOf = { taxId: 'afm', fullName: 'full_name', email: 'email' } as const
    const errors: RowError[] = newEmployeeProblems(
      { taxId: values.afm, fullName: values.full_name, email: values.email },
      (name) => name,
    ).map((e) => rowError(columnOf[e.field as keyof typeof columnOf], e))
    if (!errors.some((e) => e.column === 'afm')) {
      const first = firstLineOf.get(values.afm)
      if (first !== undefined) {
        errors.push(
          rowError(
            'afm',
            fieldError(
              'afm',
              'duplicate_in_file',
              `Ο ίδιος ΑΦΜ υπάρχει ήδη στη γραμμή ${first} του αρχείου.`,
              `The same tax number (ΑΦΜ) is already on line ${first} of the file.`,
            ),
          ),
        )
      } else {
        firstLineOf.set(values.afm, line)
        if (employed.has(values.afm)) {
          errors.push(
            rowError(
              'afm',
              fieldError(
                'afm',
                'already_employed',
                'Υπάρχει ήδη υπάλληλος με αυτόν τον ΑΦΜ.',
                'An employee with this tax number (ΑΦΜ) already exists.',
              ),
            ),
          )
        }
      }
    }
    if (values.kep_code === '') {
      errors.push(
        rowError(
          'kep_code',
          fieldError('kep_code', 'required', 'Δώστε τον κωδικό ΚΕΠ.', 'Give the KEP code.'),
        ),
      )
    } else if (!kepIds.has(values.kep_code)) {
      errors.push(
        rowError(
          'kep_code',
          fieldError(
            'kep_code',
            'not_found',
            `Δεν υπάρχει ΚΕΠ με κωδικό «${values.kep_code}».`,
            `There is no KEP with the code "${values.kep_code}".`,
          ),
        ),
      )
    }
    if (!roleOf(values.role)) {
      errors.push(
        rowError(
          'role',
          fieldError(
            'role',
            'invalid_role',
            'Ρόλος STAFF ή MANAGER.',
            'The role is STAFF or MANAGER.',
          ),
        ),
      )
    }
    return {
      line,
      afm: values.afm,
      fullName: values.full_name,
      email: values.email,
      kepCode: values.kep_code,
      role: (roleOf(values.role) ?? values.role).toUpperCase(),
      outcome: errors.length > 0 ? 'error' : 'would_add',
      employeeId: null,
      errors,
      kepId: kepIds.get(values.kep_code),
    } as CsvRowResult & { kepId?: string }
  })
}

const summary = (rows: CsvRowResult[], applied: boolean): CsvImportResult => ({
  applied,
  valid: rows.filter((r) => r.outcome !== 'error').length,
  invalid: rows.filter((r) => r.outcome === 'error').length,
  rows: rows.map(({ kepId: _kepId, ...r }: CsvRowResult & { kepId?: string }) => r),
})

/** Each row's errors as VALIDATION_FAILED fields: input.csv[line].column. */
const rowFields = (rows: CsvRowResult[]): FieldError[] =>
  rows.flatMap((r) =>
    r.errors.map((e) => ({
      field: `input.csv[${r.line}].${e.column}`,
      reason: e.reason,
      message: { el: `Γραμμή ${r.line}: ${e.messageEl}`, en: `Line ${r.line}: ${e.messageEn}` },
    })),
  )

/**
 * Adds the checked rows in one statement, in file order, the rows sent as one JSON parameter
 * (a parameter per value costs more to build than the insert takes to run). Returns what the
 * audit entries record of each.
 */
async function insertEmployees(tx: Db, rows: (CsvRowResult & { kepId?: string })[]) {
  const values = rows.map((r) => [r.kepId!, r.afm, r.fullName, r.email, r.role.toLowerCase()])
  return rowsOf<{ id: string; taxId: string; kepId: string; role: EmployeeRole; active: boolean }>(
    await tx.execute(sql`
      insert into ${employees} (kep_id, tax_id, full_name, email, role)
      select (e->>0)::uuid, e->>1, e->>2, e->>3, (e->>4)::employee_role
      from jsonb_array_elements(${JSON.stringify(values)}::jsonb) with ordinality as b(e, n)
      order by n
      returning id, tax_id as "taxId", kep_id as "kepId", role, active`),
  )
}

/**
 * Previews (apply false) or applies a CSV of employees. Applying checks the file again and adds
 * every row in one transaction, or nothing.
 * @throws DomainError FORBIDDEN; VALIDATION_FAILED on input.csv (too large, too many rows, a
 * column missing or unknown) and, applying, per row and column (input.csv[line].afm…).
 */
export async function importEmployeesCsv(
  db: Db,
  clock: Clock,
  actor: Actor,
  input: { csv: string; apply: boolean },
  ip?: string | null,
): Promise<CsvImportResult> {
  assertOperator(actor)
  const limits = sizeProblems(input.csv)
  if (limits.length > 0) throw validationFailed(limits)
  const parsed = parse(input.csv)
  if (parsed.length === 0) {
    throw validationFailed([
      fileError('no_rows', 'Το αρχείο δεν έχει γραμμές υπαλλήλων.', 'The file has no employees.'),
    ])
  }
  const checked = (await check(db, parsed)) as (CsvRowResult & { kepId?: string })[]
  if (!input.apply) return summary(checked, false)
  if (checked.some((r) => r.outcome === 'error')) throw validationFailed(rowFields(checked))
  try {
    await db.transaction(async (tx) => {
      const at = clock.now()
      // one insert for the file and one batched audit write: a thousand rows in two
      // statements, not a thousand and one
      const added = await insertEmployees(tx, checked)
      const byTaxId = new Map(added.map((row) => [row.taxId, row.id]))
      for (const r of checked) {
        r.employeeId = byTaxId.get(r.afm) ?? null
        r.outcome = 'added'
      }
      await recordAudits(
        tx,
        added.map((row) => ({
          actor,
          action: 'employee.add',
          entity: 'employee',
          entityId: row.id,
          ip,
          at,
          details: {
            source: 'csv',
            before: null,
            after: { kepId: row.kepId, role: row.role, active: row.active, leavesOn: null },
          },
        })),
      )
    })
  } catch (err) {
    if (!isTaxIdTaken(err)) throw err
    // employed meanwhile by someone else: say which rows, as the preview would now
    const again = await check(db, parsed)
    throw validationFailed(rowFields(again))
  }
  return summary(checked, true)
}
