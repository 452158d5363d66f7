import { useQuery } from '@apollo/client/react'
import { useLocalized } from '@keplive/ui'
import { useMemo } from 'react'
import type { ServiceCategoryCode } from '../../gql/graphql'
import { athensToday, lastDayOf } from './calendar-dates'
import type { CalendarDay } from './month-calendar'
import { BookingFlowAvailabilityQuery } from './operations'

/** What free times are looked up for: a field and procedure, at one KEP, a municipality's or any. */
export interface AvailabilityScope {
  category: ServiceCategoryCode
  procedureId: string
  municipalityId?: string
  kepId?: string
}

function inputOf(scope: AvailabilityScope, from: string, to: string) {
  return {
    category: scope.category,
    procedureId: scope.procedureId,
    municipalityId: scope.municipalityId ?? null,
    kepId: scope.kepId ?? null,
    from,
    to,
  }
}

/** A month's days in one round trip (R1.2): how many free times each has, closures and holidays. */
export function useMonthAvailability(scope: AvailabilityScope, month: string) {
  const localized = useLocalized()
  const today = athensToday()
  const first = `${month}-01`
  const from = first < today ? today : first
  const to = lastDayOf(month)
  const { data, previousData, loading, error, refetch } = useQuery(BookingFlowAvailabilityQuery, {
    variables: { input: inputOf(scope, from, to) },
    skip: to < today,
  })
  // the horizon stays known while another month loads
  const lastBookableDate = (data ?? previousData)?.availability.lastBookableDate
  const days = useMemo(() => {
    const map = new Map<string, CalendarDay>()
    for (const day of data?.availability.days ?? []) {
      // beyond the horizon a day does not take bookings yet: the calendar says so
      if (lastBookableDate !== undefined && day.date > lastBookableDate) continue
      map.set(day.date, {
        freeSlots: day.slots.length,
        closed: day.closed,
        holiday: day.holiday ? localized(day.holiday) : undefined,
        specialHours: day.specialHours ? localized(day.specialHours) : undefined,
      })
    }
    return map
  }, [data, lastBookableDate, localized])
  return {
    days,
    /** The last date the field takes bookings for now (its horizon), once answered. */
    lastBookableDate,
    loading: loading && !data,
    error,
    answered: data !== undefined,
    refetch,
  }
}

/**
 * The free times of one day, asked afresh when the time step opens, and why the KEP keeps
 * extraordinary hours that day if it does.
 */
export function useDaySlots(scope: AvailabilityScope, date: string) {
  const localized = useLocalized()
  const { data, loading, error, refetch } = useQuery(BookingFlowAvailabilityQuery, {
    variables: { input: inputOf(scope, date, date) },
    fetchPolicy: 'network-only',
  })
  const day = data?.availability.days.find((d) => d.date === date)
  return {
    slots: day?.slots ?? [],
    specialHours: day?.specialHours ? localized(day.specialHours) : undefined,
    loading: loading && !data,
    error,
    refetch,
  }
}
