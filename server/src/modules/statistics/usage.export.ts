import type { Db } from '../../platform/db/client.js'
import { fieldError, validationFailed } from '../../platform/errors.js'
import type { CsvExport } from '../exports/index.js'
import {
  usageInputProblems,
  usageStatistics,
  type UsageStatistics,
  type UsageStatisticsInput,
} from './usage.service.js'

// Issue 17 item 3 (its statistics part): each table of the usage statistics as CSV, with the
// scope and range of the screen — `table=` names which: days, weeks, heat-map, procedures, or
// summary (the figures beside the charts). A few hundred rows at most, read as the screen
// reads them (usageStatistics); aggregates only, no personal data.

export const usageTables = ['days', 'weeks', 'heat-map', 'procedures', 'summary'] as const
export type UsageTable = (typeof usageTables)[number]

export interface UsageExportFilter extends UsageStatisticsInput {
  table: UsageTable
}

const periodHeader = {
  el: [
    'Δημιουργήθηκαν',
    'Ραντεβού',
    'Ακυρώθηκαν',
    'Ολοκληρώθηκαν',
    'Δεν προσήλθαν',
    'Πραγματοποιούνται',
  ],
  en: ['Made', 'Appointments', 'Cancelled', 'Completed', 'No-shows', 'Held'],
}

const headers: Record<UsageTable, { el: string[]; en: string[] }> = {
  days: { el: ['Ημερομηνία', ...periodHeader.el], en: ['Date', ...periodHeader.en] },
  weeks: {
    el: ['Εβδομάδα (Δευτέρα)', ...periodHeader.el],
    en: ['Week (Monday)', ...periodHeader.en],
  },
  'heat-map': {
    el: ['Ημέρα (1 Δευτέρα)', 'Ώρα', 'Ραντεβού'],
    en: ['Weekday (1 Monday)', 'Hour', 'Appointments'],
  },
  procedures: {
    el: ['Διαδικασία', 'Τίτλος', 'Title', 'Κρατήσεις'],
    en: ['Procedure', 'Τίτλος', 'Title', 'Bookings'],
  },
  summary: { el: ['Μέγεθος', 'Τιμή'], en: ['Figure', 'Value'] },
}

/** The summary's figures: [Greek, English, value]. */
function summaryRows(s: UsageStatistics): [string, string, number | null][] {
  return [
    ['Κρατήσεις που δημιουργήθηκαν', 'Bookings made', s.totals.made],
    ['Ραντεβού', 'Appointments', s.totals.booked],
    ['Ακυρώσεις', 'Cancelled', s.totals.cancelled],
    ['Ολοκληρώθηκαν', 'Completed', s.totals.completed],
    ['Δεν προσήλθαν', 'No-shows', s.totals.noShow],
    ['Ποσοστό ακυρώσεων', 'Cancellation rate', s.cancellationRate],
    ['Ποσοστό ολοκλήρωσης', 'Completion rate', s.completionRate],
    ['Ποσοστό μη προσέλευσης', 'No-show rate', s.noShowRate],
    [
      'Μέσος χρόνος από την κράτηση (λεπτά)',
      'Average lead time (minutes)',
      s.leadTime.averageMinutes,
    ],
    ['Την ίδια ημέρα', 'Same day', s.leadTime.sameDay],
    ['1–2 ημέρες πριν', '1–2 days ahead', s.leadTime.oneToTwoDays],
    ['3–7 ημέρες πριν', '3–7 days ahead', s.leadTime.threeToSevenDays],
    ['Πάνω από 7 ημέρες πριν', 'Over 7 days ahead', s.leadTime.overSevenDays],
    ['Λεπτά ραντεβού', 'Booked minutes', s.utilisation.bookedMinutes],
    ['Διαθέσιμα λεπτά', 'Available minutes', s.utilisation.availableMinutes],
    ['Αξιοποίηση', 'Utilisation', s.utilisation.ratio],
    ['Μέση αναμονή (δευτερόλεπτα)', 'Average wait (seconds)', s.averageWaitSeconds],
    ['Μέση διάρκεια κλήσης (δευτερόλεπτα)', 'Average call length (seconds)', s.averageCallSeconds],
    ['Έλεγχοι ταυτότητας ΚΕΔ επιτυχείς', 'KED identity checks passed', s.identityPassed],
    ['Έλεγχοι ταυτότητας ΚΕΔ ανεπιτυχείς', 'KED identity checks failed', s.identityFailed],
    ['Αιτήματα διερμηνέα νοηματικής', 'Sign-language interpreter requests', s.interpreterRequests],
    ['Αιτήματα χειλεανάγνωσης', 'Lip-reading requests', s.lipReadingRequests],
  ]
}

const blankToNull = (v: string | undefined) => (v === undefined || v === '' ? null : v)

/** The `statistics` export; the database checks that the scope's ids and region exist. */
export function usageStatisticsExport(db: Db): CsvExport<UsageExportFilter> {
  return {
    name: 'statistics',
    parameters: [
      'table',
      'from',
      'to',
      'region',
      'municipalityId',
      'kepId',
      'categoryId',
      'procedureId',
    ],
    async parse(query) {
      const input: UsageStatisticsInput = {
        from: query.from ?? '',
        to: query.to ?? '',
        region: blankToNull(query.region),
        municipalityId: blankToNull(query.municipalityId),
        kepId: blankToNull(query.kepId),
        categoryId: blankToNull(query.categoryId),
        procedureId: blankToNull(query.procedureId),
      }
      const table = usageTables.find((t) => t === query.table)
      const problems = table
        ? []
        : [
            fieldError(
              'table',
              'invalid_value',
              `Ένας από: ${usageTables.join(', ')}.`,
              `One of: ${usageTables.join(', ')}.`,
            ),
          ]
      problems.push(...(await usageInputProblems(db, input)))
      if (problems.length > 0 || !table) throw validationFailed(problems)
      return { ...input, table }
    },
    header: (locale, filter) => headers[filter.table][locale],
    async *rows(rowsDb, filter, ctx) {
      const s = await usageStatistics(rowsDb, ctx.actor, filter)
      const period = (p: UsageStatistics['totals']) =>
        [p.made, p.booked, p.cancelled, p.completed, p.noShow, p.held] as const
      switch (filter.table) {
        case 'days':
          for (const d of s.days) yield [d.date, ...period(d)]
          return
        case 'weeks':
          for (const w of s.weeks) yield [w.weekStart, ...period(w)]
          return
        case 'heat-map':
          for (const c of s.heatMap) yield [c.weekday, c.hour, c.appointments]
          return
        case 'procedures':
          for (const p of s.topProcedures) yield [p.procedureId, p.titleEl, p.titleEn, p.bookings]
          return
        case 'summary':
          for (const [el, en, value] of summaryRows(s)) yield [ctx.locale === 'el' ? el : en, value]
          return
      }
    },
    fileName: (filter) => `statistics-${filter.table}-${filter.from}-${filter.to}`,
    auditDetails: (filter) => ({ ...filter }),
  }
}
