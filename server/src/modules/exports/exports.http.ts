import express, { type Request, type Response, type Router } from 'express'
import { isAdministrator, type Actor } from '../../platform/actor.js'
import type { Clock } from '../../platform/clock.js'
import {
  csvBom,
  csvLine,
  parseCsvSeparator,
  type CsvSeparator,
  type CsvValue,
} from '../../platform/csv.js'
import type { Db } from '../../platform/db/client.js'
import {
  DomainError,
  localeFrom,
  validationFailed,
  type FieldError,
  type Locale,
} from '../../platform/errors.js'
import { answerHttpError, clientGone } from '../../platform/http-errors.js'
import type { Logger } from '../../platform/logger.js'
import { recordAudit } from '../audit/index.js'
import { claimExportSlot, releaseExportSlot } from './exports.service.js'

// Issue 17 item 3: administrators' exports as CSV files, streamed. GET /admin/exports/<name>.csv
// with the export's own filter parameters, `separator` (comma | semicolon) and `lang` (el | en,
// for the header row; else Accept-Language). One export per administrator at a time; each is
// audited (who exported what filter) before its first row is read. Rows come from the export's
// async iterable a page at a time and go out as the connection takes them (backpressure), so a
// year's 200,000 bookings use the memory of one page.

/** Who asks, and when: what an export's filter and rows may depend on. */
export interface ExportContext {
  actor: Extract<Actor, { kind: 'administrator' }>
  clock: Clock
  locale: Locale
}

/** One kind of export, e.g. the bookings list with its filters. */
export interface CsvExport<Filter> {
  /** The address: /admin/exports/<name>.csv; also the audited entity. */
  name: string
  /** The query parameters its filter reads; any other is refused (VALIDATION_FAILED). */
  parameters: readonly string[]
  /** Who may; by default any of the ministry's administrators (an export is a read). */
  allowed?: (actor: ExportContext['actor']) => boolean
  /** The filter from the parameters, every problem named by field (VALIDATION_FAILED). */
  parse(query: Readonly<Record<string, string>>, ctx: ExportContext): Filter | Promise<Filter>
  /** The header row, in the reader's language (of the filter's table, for an export of several). */
  header(locale: Locale, filter: Filter): readonly string[]
  /** The rows of the filter, read a page at a time. */
  rows(db: Db, filter: Filter, ctx: ExportContext): AsyncIterable<readonly CsvValue[]>
  /** The downloaded file's name, without `.csv`. */
  fileName(filter: Filter, ctx: ExportContext): string
  /** What the audit entry keeps of the filter: ids and dates, never a searched name in clear. */
  auditDetails?(filter: Filter): Record<string, unknown>
}

/** Keeps a registry of exports of different filter types in one list. */
export const defineExport = <Filter>(definition: CsvExport<Filter>) =>
  definition as unknown as CsvExport<unknown>

export interface ExportsHttpDeps {
  db: Db
  clock: Clock
  logger: Logger
  actorOf(req: Request): Promise<Actor>
  exports: readonly CsvExport<unknown>[]
}

const unauthenticated = new DomainError('UNAUTHENTICATED', {
  el: 'Συνδεθείτε ως διαχειριστής για να εξαγάγετε δεδομένα.',
  en: 'Log in as an administrator to export data.',
})

const notYours = new DomainError('FORBIDDEN', {
  el: 'Αυτή η εξαγωγή είναι μόνο για τους διαχειριστές του Υπουργείου με αυτό το δικαίωμα.',
  en: 'This export is only for the ministry’s administrators with that right.',
})

const unknownExport = new DomainError('NOT_FOUND', {
  el: 'Δεν υπάρχει τέτοια εξαγωγή.',
  en: 'There is no such export.',
})

/** Flushes a chunk of about this many characters at a time. */
const chunkChars = 64 * 1024

/** Resolves when the connection takes more, or is gone. */
const drained = (res: Response) =>
  new Promise<void>((resolve) => {
    const done = () => {
      res.off('drain', done)
      res.off('close', done)
      resolve()
    }
    res.on('drain', done)
    res.on('close', done)
  })

/** The query as single strings; a parameter given twice, or not one of `allowed`, is refused. */
function queryOf(req: Request, allowed: readonly string[]): Record<string, string> {
  const problems: FieldError[] = []
  const query: Record<string, string> = {}
  for (const [key, value] of Object.entries(req.query)) {
    if (!allowed.includes(key)) {
      problems.push({
        field: key,
        reason: 'unknown_parameter',
        message: {
          el: `Η εξαγωγή δεν έχει φίλτρο «${key.slice(0, 40)}».`,
          en: `The export has no filter “${key.slice(0, 40)}”.`,
        },
      })
    } else if (typeof value !== 'string') {
      problems.push({
        field: key,
        reason: 'invalid_format',
        message: { el: 'Δώστε μία τιμή.', en: 'Give one value.' },
      })
    } else {
      query[key] = value
    }
  }
  if (problems.length > 0) throw validationFailed(problems)
  return query
}

function separatorAndLocale(
  req: Request,
  query: Record<string, string>,
): { separator: CsvSeparator; locale: Locale; problems: FieldError[] } {
  const separator = parseCsvSeparator(query.separator)
  const lang = query.lang
  const problems: FieldError[] = typeof separator === 'string' ? [] : [separator]
  if (lang !== undefined && lang !== 'el' && lang !== 'en') {
    problems.push({
      field: 'lang',
      reason: 'invalid_value',
      message: { el: 'Η γλώσσα είναι el ή en.', en: 'The language is el or en.' },
    })
  }
  return {
    separator: typeof separator === 'string' ? separator : ',',
    locale: lang === 'en' || lang === 'el' ? lang : localeFrom(req.headers['accept-language']),
    problems,
  }
}

export function exportsRouter(deps: ExportsHttpDeps): Router {
  const router = express.Router()
  const byName = new Map(deps.exports.map((e) => [`${e.name}.csv`, e]))

  router.get('/admin/exports/:file', async (req, res) => {
    let slot: { administratorId: string; token: string } | undefined
    try {
      const definition = byName.get(req.params.file ?? '')
      if (!definition) throw unknownExport
      const actor = await deps.actorOf(req)
      if (actor.kind === 'anonymous') throw unauthenticated
      if (!isAdministrator(actor, 'auditor')) throw notYours
      if (definition.allowed && !definition.allowed(actor)) throw notYours
      const query = queryOf(req, [...definition.parameters, 'separator', 'lang'])
      const { separator, locale, problems } = separatorAndLocale(req, query)
      const ctx: ExportContext = { actor, clock: deps.clock, locale }
      // every problem at once: the filter's own and the file's
      const filter = await (async () => definition.parse(query, ctx))().catch((err: unknown) => {
        if (err instanceof DomainError && err.code === 'VALIDATION_FAILED') {
          throw validationFailed([...problems, ...(err.details.fields ?? [])])
        }
        throw err
      })
      if (problems.length > 0) throw validationFailed(problems)

      const token = await claimExportSlot(
        deps.db,
        deps.clock,
        actor.administratorId,
        definition.name,
      )
      slot = { administratorId: actor.administratorId, token }
      await recordAudit(deps.db, {
        actor,
        action: 'export',
        entity: definition.name,
        ip: req.ip,
        details: {
          filter: definition.auditDetails ? definition.auditDetails(filter) : filter,
          separator,
        },
        at: deps.clock.now(),
      })

      res.once('error', () => req.socket.destroy())
      res.status(200)
      res.setHeader('Content-Type', 'text/csv; charset=utf-8')
      res.setHeader(
        'Content-Disposition',
        `attachment; filename*=UTF-8''${encodeURIComponent(`${definition.fileName(filter, ctx)}.csv`)}`,
      )
      res.setHeader('Cache-Control', 'no-store')
      res.setHeader('X-Content-Type-Options', 'nosniff')
      let chunk = csvBom + csvLine(definition.header(locale, filter), separator)
      for await (const row of definition.rows(deps.db, filter, ctx)) {
        if (clientGone(req, res)) break // the generator is closed: no more pages are read
        chunk += csvLine(row, separator)
        if (chunk.length >= chunkChars) {
          const more = res.write(chunk)
          chunk = ''
          if (!more) await drained(res)
        }
      }
      if (clientGone(req, res)) return void res.destroy()
      res.end(chunk)
    } catch (err) {
      answerHttpError(deps.logger, req, res, err, `export ${req.params.file ?? ''} failed`)
    } finally {
      if (slot) {
        await releaseExportSlot(deps.db, slot.administratorId, slot.token).catch((err: unknown) =>
          deps.logger.warn({ err }, 'releasing an export slot failed; it expires by itself'),
        )
      }
    }
  })

  return router
}
