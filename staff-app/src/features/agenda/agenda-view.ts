import { serviceTimeZone } from '@keplive/ui'

// What the agenda shows, read from and written to the address (?view=week&date=…&scope=kep),
// so back, forward and reload show the same view.

export type AgendaViewKind = 'day' | 'week'
export type AgendaScopeChoice = 'mine' | 'kep'

export interface AgendaView {
  view: AgendaViewKind
  /** The day shown, or any day of the week shown (YYYY-MM-DD, Athens). */
  date: string
  scope: AgendaScopeChoice
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/

/** Today in Athens, as YYYY-MM-DD. */
export function todayInAthens(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: serviceTimeZone }).format(now)
}

/** A calendar date plus `days` (noon UTC: no zone or season shifts the date). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10)
}

/** The Monday of the date's week (weeks run Monday to Sunday). */
export function mondayOf(date: string): string {
  const weekday = new Date(`${date}T12:00:00Z`).getUTCDay() // 0 Sunday … 6 Saturday
  return addDays(date, -((weekday + 6) % 7))
}

function validDate(value: string | null): value is string {
  return value !== null && isoDate.test(value) && !Number.isNaN(Date.parse(`${value}T12:00:00Z`))
}

/** The view a query string asks for; anything missing or unreadable: today, day, mine. */
export function readAgendaView(search: string, today = todayInAthens()): AgendaView {
  const params = new URLSearchParams(search)
  const date = params.get('date')
  return {
    view: params.get('view') === 'week' ? 'week' : 'day',
    date: validDate(date) ? date : today,
    scope: params.get('scope') === 'kep' ? 'kep' : 'mine',
  }
}

/** The address of a view (relative to the app's base). */
export function agendaHref(view: AgendaView): string {
  const params = new URLSearchParams({ view: view.view, date: view.date, scope: view.scope })
  return `/?${params.toString()}`
}

/** The dates the server is asked for: the day, or the week's Monday to Sunday. */
export function rangeOf(view: AgendaView): { from: string; to: string } {
  if (view.view === 'day') return { from: view.date, to: view.date }
  const from = mondayOf(view.date)
  return { from, to: addDays(from, 6) }
}

/** The view one step back (-1) or forward (+1): a day in the day view, a week in the week view. */
export function stepped(view: AgendaView, step: -1 | 1): AgendaView {
  return { ...view, date: addDays(view.date, step * (view.view === 'day' ? 1 : 7)) }
}
