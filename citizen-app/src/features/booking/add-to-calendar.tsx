import { useLanguage, useLocalized, type LocalizedText } from '@keplive/ui'
import { useEffect, useMemo, useState } from 'react'
import { useT } from '../../i18n'
import { calendarFile } from './ics'

export interface CalendarBooking {
  id: string
  reference: string
  version: number
  startsAt: string
  endsAt: string
  procedure: { title: LocalizedText }
  kep: { name: LocalizedText; address: LocalizedText; city: LocalizedText }
}

/** "Add to calendar": an .ics file made in the browser, in the page's language. */
export function AddToCalendar({ booking }: { booking: CalendarBooking }) {
  const t = useT()
  const localized = useLocalized()
  const { language } = useLanguage()
  const text = useMemo(
    () =>
      calendarFile({
        bookingId: booking.id,
        sequence: booking.version,
        startsAt: booking.startsAt,
        endsAt: booking.endsAt,
        summary: t('booking.calendar.summary', { reference: booking.reference }),
        description: t('booking.calendar.description', {
          procedure: localized(booking.procedure.title),
          reference: booking.reference,
        }),
        location: t('booking.calendar.location', {
          kep: `${localized(booking.kep.name)}, ${localized(booking.kep.address)}, ${localized(booking.kep.city)}`,
        }),
        url: `${window.location.origin}/bookings/${booking.id}`,
      }),
    // the language is in t and localized
    [booking, t, localized],
  )
  const [href, setHref] = useState<string>()
  useEffect(() => {
    const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }))
    setHref(url)
    return () => URL.revokeObjectURL(url)
  }, [text])
  if (!href) return null
  return (
    <a
      className="govgr-btn govgr-btn-secondary keplive-calendar-link"
      href={href}
      download={`${booking.reference}.ics`}
      lang={language}
    >
      {t('booking.calendar.add')}
    </a>
  )
}
