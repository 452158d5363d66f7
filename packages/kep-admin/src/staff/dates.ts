/** Today's date in Athens, YYYY-MM-DD. */
export const todayInAthens = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Athens' }).format(new Date())

/**
 * A wall-clock time in Athens (an <input type="datetime-local">'s YYYY-MM-DDTHH:MM) as an
 * instant, whatever the browser's own zone: the offset Athens had then.
 */
export function athensInstant(local: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(local)) return undefined
  const asUtc = Date.parse(`${local}:00Z`)
  if (Number.isNaN(asUtc)) return undefined
  const offsetAt = (ms: number) => {
    const parts = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Athens',
      timeZoneName: 'longOffset',
    }).formatToParts(new Date(ms))
    const name = parts.find((p) => p.type === 'timeZoneName')?.value ?? 'GMT+02:00'
    const match = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name)
    if (!match) return 0 // "GMT": Athens is never there, but the arithmetic stays sound
    const [, sign, hh, mm] = match
    return (sign === '-' ? -1 : 1) * (Number(hh) * 60 + Number(mm ?? 0)) * 60_000
  }
  const first = asUtc - offsetAt(asUtc)
  return new Date(asUtc - offsetAt(first)).toISOString()
}
