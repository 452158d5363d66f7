// A week of opening hours as the editor holds it, and as the API takes it (SetKepWeeklyHoursInput
// without the KEP). Pure, so the screens and their tests share it.

export type VariantKind = 'allYear' | 'range' | 'season'

export interface WindowDraft {
  opensAt: string
  closesAt: string
}

export interface WeekDraft {
  kind: VariantKind
  validFrom: string
  validTo: string
  seasonFrom: string
  seasonTo: string
  /** Index 0 is Monday … 6 Sunday (ISO weekday - 1). */
  days: WindowDraft[][]
}

export interface VariantKey {
  validFrom?: string | null
  validTo?: string | null
  seasonFrom?: string | null
  seasonTo?: string | null
}

export const weekdays = [1, 2, 3, 4, 5, 6, 7] as const

export function emptyWeek(): WeekDraft {
  return {
    kind: 'allYear',
    validFrom: '',
    validTo: '',
    seasonFrom: '',
    seasonTo: '',
    days: weekdays.map((d) => (d <= 5 ? [{ opensAt: '08:00', closesAt: '15:00' }] : [])),
  }
}

/** A stored variant, to edit it. */
export function draftOf(variant: {
  validFrom?: string | null
  validTo?: string | null
  seasonFrom?: string | null
  seasonTo?: string | null
  days: readonly { weekday: number; windows: readonly WindowDraft[] }[]
}): WeekDraft {
  return {
    kind: variant.seasonFrom
      ? 'season'
      : variant.validFrom || variant.validTo
        ? 'range'
        : 'allYear',
    validFrom: variant.validFrom ?? '',
    validTo: variant.validTo ?? '',
    seasonFrom: variant.seasonFrom ?? '',
    seasonTo: variant.seasonTo ?? '',
    days: weekdays.map((d) =>
      (variant.days.find((day) => day.weekday === d)?.windows ?? []).map((w) => ({
        opensAt: w.opensAt,
        closesAt: w.closesAt,
      })),
    ),
  }
}

/** The variant's name (its range and season) as the API takes it. */
export function keyOf(draft: WeekDraft): VariantKey {
  return {
    validFrom: draft.kind === 'range' && draft.validFrom ? draft.validFrom : null,
    validTo: draft.kind === 'range' && draft.validTo ? draft.validTo : null,
    seasonFrom: draft.kind === 'season' ? draft.seasonFrom.trim() || null : null,
    seasonTo: draft.kind === 'season' ? draft.seasonTo.trim() || null : null,
  }
}

/** The week as the API takes it: every weekday in order, so days[i] is weekday i + 1. */
export function weekInputOf(draft: WeekDraft) {
  return {
    ...keyOf(draft),
    days: weekdays.map((weekday, i) => ({
      weekday,
      windows: draft.days[i]!.map((w) => ({ opensAt: w.opensAt, closesAt: w.closesAt })),
    })),
  }
}

/** The ids of the editor's inputs by the API's field paths, for the error summary. */
export function weekFieldIds(prefix: string, draft: WeekDraft): Record<string, string> {
  const ids: Record<string, string> = {
    'input.validFrom': `${prefix}-valid-from`,
    'input.validTo': `${prefix}-valid-to`,
    'input.seasonFrom': `${prefix}-season-from`,
    'input.seasonTo': `${prefix}-season-to`,
    'input.replaces': `${prefix}-kind`,
    'input.days': `${prefix}-day-0-add`,
  }
  draft.days.forEach((windows, i) => {
    ids[`input.days[${i}]`] = `${prefix}-day-${i}-add`
    ids[`input.days[${i}].windows`] = `${prefix}-day-${i}-add`
    windows.forEach((_, j) => {
      ids[`input.days[${i}].windows[${j}].opensAt`] = `${prefix}-day-${i}-window-${j}-opens`
      ids[`input.days[${i}].windows[${j}].closesAt`] = `${prefix}-day-${i}-window-${j}-closes`
    })
  })
  return ids
}
