import { DomainError, validationFailed } from '../../platform/errors.js'
import { pagedRows } from '../../platform/paged-rows.js'
import type { CsvExport } from '../exports/index.js'
import {
  auditedFilter,
  bookingsPage,
  parseBookingsFilter,
  type AdminBookingStatus,
  type AdminBookingsSort,
  type ParsedBookingsFilter,
  type SpecialRequirementKind,
} from './admin-bookings.service.js'

// Issue 17 item 3: the administrators' bookings list as CSV, with the list's filters and order
// (GET /admin/exports/bookings.csv?from=…&statuses=booked,cancelled&sort=starts_at_desc), read
// through the same keyset pages as `adminBookings` so memory holds one page whatever the total.
// The audit entry (written by the exports module) keeps the search as a keyed hash only.

const exportPageSize = 1000

const parameters = [
  'from',
  'to',
  'region',
  'municipalityId',
  'kepId',
  'categoryId',
  'procedureId',
  'statuses',
  'specialRequirement',
  'employeeId',
  'search',
  'sort',
] as const

const yesNo = (value: boolean, el: boolean) => (value ? (el ? 'Ναι' : 'Yes') : el ? 'Όχι' : 'No')

/** The bookings export; the audit key hashes the searched text in its audit entry. */
export function adminBookingsExport(auditKey: string): CsvExport<ParsedBookingsFilter> {
  return {
    name: 'bookings',
    parameters,
    parse(query) {
      const statuses = query.statuses
        ? (query.statuses.split(',').map((s) => s.trim()) as AdminBookingStatus[])
        : null
      const sort = (query.sort || 'starts_at_asc') as AdminBookingsSort
      // the list names its fields filter.x; the export's are the parameters themselves
      const prefixed = (err: unknown) =>
        err instanceof DomainError && err.code === 'VALIDATION_FAILED'
          ? validationFailed(
              (err.details.fields ?? []).map((f) => ({
                ...f,
                field: f.field.replace(/^filter\./, ''),
              })),
            )
          : err
      try {
        return parseBookingsFilter(
          {
            from: query.from || null,
            to: query.to || null,
            region: query.region || null,
            municipalityId: query.municipalityId || null,
            kepId: query.kepId || null,
            categoryId: query.categoryId || null,
            procedureId: query.procedureId || null,
            statuses,
            specialRequirement: (query.specialRequirement || null) as SpecialRequirementKind | null,
            employeeId: query.employeeId || null,
            search: query.search || null,
          },
          sort,
        )
      } catch (err) {
        throw prefixed(err)
      }
    },
    header(locale) {
      return locale === 'el'
        ? [
            'Αριθμός',
            'Έναρξη',
            'Λήξη',
            'Κατάσταση',
            'Ονοματεπώνυμο',
            'Email',
            'ΚΕΠ',
            'Δήμος',
            'Περιφέρεια',
            'Πεδίο',
            'Διαδικασία',
            'Υπάλληλος',
            'Νοηματική γλώσσα',
            'Χειλεανάγνωση',
            'Άλλες απαιτήσεις',
            'Κλείστηκε',
          ]
        : [
            'Reference',
            'Starts',
            'Ends',
            'State',
            'Full name',
            'Email',
            'KEP',
            'Municipality',
            'Region',
            'Field',
            'Procedure',
            'Employee',
            'Sign language',
            'Lip reading',
            'Other requirements',
            'Booked at',
          ]
    },
    async *rows(db, parsed, ctx) {
      const el = ctx.locale === 'el'
      const rows = pagedRows(async (after) => {
        const page = await bookingsPage(db, parsed, exportPageSize, after)
        return {
          rows: page.nodes,
          next: page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null,
        }
      })
      for await (const r of rows) {
        yield [
          r.reference,
          r.startsAt,
          r.endsAt,
          r.status,
          r.fullName,
          r.email,
          el ? r.kepNameEl : r.kepNameEn,
          el ? r.municipalityNameEl : r.municipalityNameEn,
          el ? r.regionEl : r.regionEn,
          el ? r.categoryNameEl : r.categoryNameEn,
          el ? r.procedureTitleEl : r.procedureTitleEn,
          r.employeeName,
          yesNo(r.needsSignLanguage, el),
          yesNo(r.needsLipReading, el),
          yesNo((r.otherRequirements ?? '').trim() !== '', el),
          r.createdAt,
        ]
      }
    },
    fileName: (_filter, ctx) => `bookings-${ctx.clock.now().toISOString().slice(0, 10)}`,
    auditDetails: (parsed) => auditedFilter(parsed, auditKey),
  }
}
