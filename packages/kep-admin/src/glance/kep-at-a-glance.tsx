import { useQuery } from '@apollo/client/react'
import { apiErrorOf } from '@keplive/api'
import {
  addLocalDays,
  Button,
  formatDateTime,
  formatLocalDate,
  Loading,
  localToday,
  SummaryList,
  TextField,
  useLanguage,
  useLocalized,
  type NavigationLink,
} from '@keplive/ui'
import { useEffect, useState, type FormEvent } from 'react'
import { graphql } from '../gql'
import type { KepAtAGlanceQuery } from '../gql/graphql'
import { useT } from '../i18n'

export const kepAtAGlanceQuery = graphql(`
  query KepAtAGlance($kepId: ID!, $date: LocalDate!) {
    kepAtAGlance(kepId: $kepId, date: $date) {
      kepId
      date
      at
      day {
        ...KepGlance_period
      }
      week {
        ...KepGlance_period
      }
    }
  }

  fragment KepGlance_period on KepGlancePeriod {
    from
    to
    booked
    done
    noShows
    cancelled
    averageWaitSeconds
    freePlaces {
      categoryId
      name {
        el
        en
      }
      places
    }
    employees {
      employeeId
      fullName
      booked
      done
      noShows
      cancelled
      averageWaitSeconds
    }
  }
`)

type Period = KepAtAGlanceQuery['kepAtAGlance']['day']

/** Reloads of the figures while the page is open (each is an audited read: not often). */
const refreshEveryMs = 5 * 60_000

export interface KepAtAGlanceProps {
  kepId: string
  /** The day shown (YYYY-MM-DD, Athens); its week runs Monday to Sunday. */
  date: string
  /** The address of another day's glance, for previous / next / today and the date picker. */
  hrefOf: (date: string) => string
  /** Goes to an address (the app's router), for the date picker. */
  navigate: (href: string) => void
  link: NavigationLink
  /** The level of the sections' headings under the page's own (2 on its own page, 3 within one). */
  headingLevel?: 2 | 3
}

/**
 * Issue 14 item 9: a KEP's day and its week side by side — appointments by state, free places
 * a citizen could still book, the average wait from "waiting" to "let in" — and per employee.
 * The server decides who may read it (a manager their own KEP, administrators any): a refusal
 * is shown as it says. The app reloads it live with `refetchQueries: ['KepAtAGlance']`.
 */
export function KepAtAGlance({
  kepId,
  date,
  hrefOf,
  navigate,
  link,
  headingLevel = 2,
}: KepAtAGlanceProps) {
  const t = useT()
  const { language } = useLanguage()
  const { data, previousData, loading, error } = useQuery(kepAtAGlanceQuery, {
    variables: { kepId, date },
    fetchPolicy: 'cache-and-network',
    pollInterval: refreshEveryMs,
  })
  const shown = data ?? previousData
  const read = apiErrorOf(error)
  const H = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <div className="keplive-glance" data-testid="kep-glance">
      <DateNavigation date={date} hrefOf={hrefOf} navigate={navigate} link={link} />
      {loading && !shown ? <Loading /> : null}
      {error ? (
        <p className="govgr-error-message" role="alert">
          {read?.messages?.[language] ?? t('glance.loadFailed')}
        </p>
      ) : null}
      {shown && !error ? (
        <>
          <p className="keplive-glance__at">
            {t('glance.at', { at: formatDateTime(shown.kepAtAGlance.at, language) })}
          </p>
          <div className="keplive-glance__periods">
            <PeriodSummary
              id="glance-day"
              heading={H}
              title={t(shown.kepAtAGlance.date === localToday() ? 'glance.today' : 'glance.day', {
                date: formatLocalDate(shown.kepAtAGlance.date, language),
              })}
              period={shown.kepAtAGlance.day}
            />
            <PeriodSummary
              id="glance-week"
              heading={H}
              title={t('glance.week', {
                from: formatLocalDate(shown.kepAtAGlance.week.from, language),
                to: formatLocalDate(shown.kepAtAGlance.week.to, language),
              })}
              period={shown.kepAtAGlance.week}
            />
          </div>
          <H className="govgr-heading-m">{t('glance.employees')}</H>
          <EmployeesTable
            caption={t('glance.employees.day', {
              date: formatLocalDate(shown.kepAtAGlance.date, language),
            })}
            period={shown.kepAtAGlance.day}
            testId="glance-employees-day"
          />
          <EmployeesTable
            caption={t('glance.employees.week', {
              from: formatLocalDate(shown.kepAtAGlance.week.from, language),
              to: formatLocalDate(shown.kepAtAGlance.week.to, language),
            })}
            period={shown.kepAtAGlance.week}
            testId="glance-employees-week"
          />
        </>
      ) : null}
    </div>
  )
}

/** "3 λεπ. 20 δευτ.", or a dash when nobody was let in. */
function useWait() {
  const t = useT()
  return (seconds: number | null | undefined) =>
    seconds === null || seconds === undefined
      ? t('glance.wait.none')
      : t('glance.wait.value', { minutes: Math.floor(seconds / 60), seconds: seconds % 60 })
}

function PeriodSummary({
  id,
  heading: H,
  title,
  period,
}: {
  id: string
  heading: 'h2' | 'h3'
  title: string
  period: Period
}) {
  const t = useT()
  const localized = useLocalized()
  const wait = useWait()
  return (
    <section aria-labelledby={id} data-testid={id}>
      <H id={id} className="govgr-heading-m">
        {title}
      </H>
      <SummaryList
        rows={[
          { key: t('glance.booked'), value: period.booked },
          { key: t('glance.done'), value: period.done },
          { key: t('glance.noShows'), value: period.noShows },
          { key: t('glance.cancelled'), value: period.cancelled },
          { key: t('glance.averageWait'), value: wait(period.averageWaitSeconds) },
          ...period.freePlaces.map((f) => ({
            key: t('glance.freePlaces', { field: localized(f.name) }),
            value: f.places,
          })),
        ]}
      />
    </section>
  )
}

function EmployeesTable({
  caption,
  period,
  testId,
}: {
  caption: string
  period: Period
  testId: string
}) {
  const t = useT()
  const wait = useWait()
  if (period.employees.length === 0) return <p>{t('glance.employees.none')}</p>
  const columns = [
    ['glance.col.booked', 'booked'],
    ['glance.col.done', 'done'],
    ['glance.col.noShows', 'noShows'],
    ['glance.col.cancelled', 'cancelled'],
  ] as const
  return (
    <table className="keplive-card-table" data-testid={testId}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('glance.col.employee')}</th>
          {columns.map(([key]) => (
            <th scope="col" key={key}>
              {t(key)}
            </th>
          ))}
          <th scope="col">{t('glance.col.averageWait')}</th>
        </tr>
      </thead>
      <tbody>
        {period.employees.map((e) => (
          <tr key={e.employeeId} data-employee-id={e.employeeId}>
            <th scope="row" data-label={t('glance.col.employee')}>
              {e.fullName}
            </th>
            {columns.map(([key, field]) => (
              <td key={key} data-label={t(key)} data-field={field}>
                {e[field]}
              </td>
            ))}
            <td data-label={t('glance.col.averageWait')} data-field="averageWait">
              {wait(e.averageWaitSeconds)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** Previous / next day, today, and a date picker; each day has its own address. */
function DateNavigation({
  date,
  hrefOf,
  navigate,
  link: Link,
}: {
  date: string
  hrefOf: (date: string) => string
  navigate: (href: string) => void
  link: NavigationLink
}) {
  const t = useT()
  const [picked, setPicked] = useState(date)
  useEffect(() => setPicked(date), [date])
  const go = (event: FormEvent) => {
    event.preventDefault()
    if (/^\d{4}-\d{2}-\d{2}$/.test(picked)) navigate(hrefOf(picked))
  }
  return (
    <nav aria-label={t('glance.navigation')}>
      <ul className="keplive-switch">
        <li>
          <Link href={hrefOf(addLocalDays(date, -1))} className="govgr-link">
            {t('glance.previous')}
          </Link>
        </li>
        <li>
          <Link href={hrefOf(localToday())} className="govgr-link">
            {t('glance.todayLink')}
          </Link>
        </li>
        <li>
          <Link href={hrefOf(addLocalDays(date, 1))} className="govgr-link">
            {t('glance.next')}
          </Link>
        </li>
      </ul>
      <form onSubmit={go} className="keplive-toolbar">
        <TextField
          id="glance-date"
          type="date"
          label={t('glance.date')}
          value={picked}
          onChange={(e) => setPicked(e.target.value)}
        />
        <Button type="submit" variant="secondary">
          {t('glance.show')}
        </Button>
      </form>
    </nav>
  )
}
