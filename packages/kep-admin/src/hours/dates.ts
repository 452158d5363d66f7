import { serviceTimeZone } from '@keplive/ui'

/** Today's date in Athens (the service's zone), YYYY-MM-DD. */
export function today(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: serviceTimeZone }).format(new Date())
}

/** A year after today (the window the lists show). */
export function yearAhead(): string {
  const d = new Date(`${today()}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + 365)
  return d.toISOString().slice(0, 10)
}
