import { and, eq } from 'drizzle-orm'
import type { Actor } from '../../platform/actor.js'
import type { Clock } from '../../platform/clock.js'
import type { Db } from '../../platform/db/client.js'
import { fieldError, notFound, validationFailed, type FieldError } from '../../platform/errors.js'
import { forbidden } from '../../platform/security/auth-checker.js'
import { isUuid } from '../../platform/uuid.js'
import {
  changeWithImpact,
  UncoveredChoice,
  type Impact,
  type ImpactInput,
} from '../administration/index.js'
import { recordAudit } from '../audit/index.js'
import { keps, municipalities } from '../catalog/index.js'
import { addDays, dayClock, kepClosures, localDateOf } from '../scheduling/index.js'
import { municipalityDepartures } from './onboarding.table.js'
import { municipalityView, type OfficerMunicipalityView } from './running.service.js'

// Issue 18 item 6: a municipality leaves — suspended by an ADMINISTRATOR or withdrawn by its
// officer — from a date. administration's changeWithImpact does both the preview and the
// apply (one function, STALE_PREVIEW when the bookings changed since): its KEPs are suspended
// from that date (scheduling's kep_closures, so no time there is offered any more), and of their
// future bookings a national field's moves to a free KEP (of the municipality, else anywhere)
// and the rest — the municipal services, which no other KEP gives — are cancelled, each with
// one email saying why and how to get the service otherwise. The municipality leaves the public
// list at once; its departure is kept (municipality_departures) and ends when it rejoins.

export interface LeaveInput {
  from: string
  reasonEl: string
  reasonEn: string
}

const maxReasonLength = 500
const maxDaysAhead = 366
const isoDate = /^\d{4}-\d{2}-\d{2}$/

function leaveProblems(input: LeaveInput, today: string): FieldError[] {
  const errors: FieldError[] = []
  if (
    !isoDate.test(input.from) ||
    Number.isNaN(Date.parse(input.from)) ||
    localDateOf(Date.parse(input.from)) !== input.from
  ) {
    errors.push(
      fieldError('input.from', 'invalid_format', 'Μη έγκυρη ημερομηνία.', 'Invalid date.'),
    )
  } else if (input.from < today) {
    errors.push(
      fieldError('input.from', 'in_past', 'Η ημερομηνία έχει περάσει.', 'The date has passed.'),
    )
  } else if (input.from > addDays(today, maxDaysAhead)) {
    errors.push(
      fieldError(
        'input.from',
        'too_far',
        `Έως ${maxDaysAhead} ημέρες μπροστά.`,
        `At most ${maxDaysAhead} days ahead.`,
      ),
    )
  }
  for (const [field, value] of [
    ['input.reasonEl', input.reasonEl],
    ['input.reasonEn', input.reasonEn],
  ] as const) {
    const text = value.trim()
    if (text === '' || text.length > maxReasonLength) {
      errors.push(
        fieldError(
          field,
          text === '' ? 'required' : 'too_long',
          `Γράψτε τον λόγο, όπως θα τον διαβάσουν οι πολίτες (έως ${maxReasonLength} χαρακτήρες).`,
          `Give the reason, as citizens will read it (up to ${maxReasonLength} characters).`,
        ),
      )
    }
  }
  return errors
}

export async function suspendMunicipality(
  db: Db,
  clock: Clock,
  actor: Actor,
  input: LeaveInput & { municipalityId: string },
  impact: ImpactInput,
  ip?: string | null,
): Promise<{ impact: Impact; municipality: OfficerMunicipalityView }> {
  if (actor.kind !== 'administrator' || actor.role !== 'administrator') throw forbidden()
  return leave(db, clock, actor, 'suspended', input.municipalityId, input, impact, ip)
}

export async function withdrawMunicipality(
  db: Db,
  clock: Clock,
  actor: Actor,
  input: LeaveInput,
  impact: ImpactInput,
  ip?: string | null,
): Promise<{ impact: Impact; municipality: OfficerMunicipalityView }> {
  if (actor.kind !== 'officer' || actor.municipalityId === null) throw forbidden()
  return leave(db, clock, actor, 'withdrawn', actor.municipalityId, input, impact, ip)
}

async function leave(
  db: Db,
  clock: Clock,
  actor: Actor,
  kind: 'suspended' | 'withdrawn',
  municipalityId: string,
  input: LeaveInput,
  impact: ImpactInput,
  ip?: string | null,
): Promise<{ impact: Impact; municipality: OfficerMunicipalityView }> {
  const today = localDateOf(clock.now().getTime())
  const errors = leaveProblems(input, today)
  const [municipality] = isUuid(municipalityId)
    ? await db.select().from(municipalities).where(eq(municipalities.id, municipalityId))
    : []
  if (!municipality) {
    if (kind === 'withdrawn') throw notFound({ el: 'Ο δήμος', en: 'The municipality' })
    errors.push(
      fieldError('input.municipalityId', 'unknown', 'Άγνωστος δήμος.', 'Unknown municipality.'),
    )
  } else if (municipality.participation !== 'participating') {
    errors.push(
      fieldError(
        kind === 'suspended' ? 'input.municipalityId' : 'input.from',
        'not_participating',
        'Ο δήμος δεν συμμετέχει στο myKEPlive.',
        'The municipality does not take part in myKEPlive.',
      ),
    )
  }
  if (errors.length > 0) throw validationFailed(errors)
  const m = municipality!
  const reason = {
    el: `${input.reasonEl.trim()} Ο ${m.nameEl} ${kind === 'suspended' ? 'αναστέλλει τη συμμετοχή του' : 'αποχωρεί'} από το myKEPlive από ${input.from}. Τις υπηρεσίες του δήμου μπορείτε να τις ζητήσετε με φυσική παρουσία σε ΚΕΠ του δήμου ή από τον δήμο· για τις υπόλοιπες υπηρεσίες μπορείτε να κλείσετε νέο ραντεβού με βιντεοκλήση σε άλλο ΚΕΠ.`,
    en: `${input.reasonEn.trim()} The ${m.nameEn} ${kind === 'suspended' ? 'suspends its participation in' : 'withdraws from'} myKEPlive from ${input.from}. Its municipal services can be requested in person at a KEP of the municipality or from the municipality itself; for other services you can book a new video call at another KEP.`,
  }
  const kepIds = (
    await db
      .select({ id: keps.id })
      .from(keps)
      .where(and(eq(keps.municipalityId, m.id), eq(keps.active, true)))
  ).map((k) => k.id)
  const from = new Date(dayClock(input.from).at(0))
  const { impact: outcome } = await changeWithImpact(
    db,
    clock,
    actor,
    {
      // national fields move, what cannot (the municipal services) is cancelled
      input: { ...impact, uncovered: UncoveredChoice.MOVE },
      moveAnywhere: true,
      cancelUnmoved: true,
      watch: { kepIds, from },
      reason,
      subject: { change: `municipality.${kind}`, municipalityId: m.id, from: input.from, reason },
    },
    async (tx) => {
      // locked and read again: a second departure at once finds it gone
      const [locked] = await tx
        .select({ participation: municipalities.participation })
        .from(municipalities)
        .where(eq(municipalities.id, m.id))
        .for('update')
      if (locked?.participation !== 'participating') {
        throw validationFailed([
          fieldError(
            'input.from',
            'not_participating',
            'Ο δήμος δεν συμμετέχει στο myKEPlive.',
            'The municipality does not take part in myKEPlive.',
          ),
        ])
      }
      await tx
        .update(municipalities)
        .set({ participation: kind })
        .where(eq(municipalities.id, m.id))
      const closures =
        kepIds.length === 0
          ? []
          : await tx
              .insert(kepClosures)
              .values(
                kepIds.map((kepId) => ({
                  kepId,
                  startsOn: input.from,
                  endsOn: '9999-12-31',
                  kind: 'suspension' as const,
                  reasonEl: input.reasonEl.trim(),
                  reasonEn: input.reasonEn.trim(),
                })),
              )
              .returning({ id: kepClosures.id })
      const [departure] = await tx
        .insert(municipalityDepartures)
        .values({
          municipalityId: m.id,
          kind,
          fromDate: input.from,
          reasonEl: input.reasonEl.trim(),
          reasonEn: input.reasonEn.trim(),
          decidedById:
            actor.kind === 'administrator' ? actor.administratorId : actorOfficerId(actor),
          decidedAt: clock.now(),
          kepClosureIds: closures.map((c) => c.id),
        })
        .returning({ id: municipalityDepartures.id })
      await recordAudit(tx, {
        actor,
        action: `municipality.${kind === 'suspended' ? 'suspend' : 'withdraw'}`,
        entity: 'municipality',
        entityId: m.id,
        ip,
        at: clock.now(),
        details: {
          before: { participation: 'participating' },
          after: { participation: kind, from: input.from },
          departureId: departure!.id,
          reason: { el: input.reasonEl.trim(), en: input.reasonEn.trim() },
        },
      })
    },
  )
  return { impact: outcome, municipality: await municipalityView(db, m.id) }
}

function actorOfficerId(actor: Actor): string {
  if (actor.kind !== 'officer') throw forbidden()
  return actor.officerId
}
