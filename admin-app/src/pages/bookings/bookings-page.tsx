import { useQuery } from '@apollo/client/react'
import { FormErrorSummary, useFormErrors } from '@keplive/kep-admin'
import {
  Button,
  Checkboxes,
  formatDateTime,
  SelectField,
  TextField,
  useLanguage,
  useLocalized,
} from '@keplive/ui'
import { useEffect, useMemo, useState, type FormEvent } from 'react'
import { Link, useLocation, useSearch } from 'wouter'
import { BookingStatusText, bookingStatuses } from '../../features/bookings/booking-status'
import {
  adminBookingsQuery,
  bookingEmployeeChoicesQuery,
  bookingFilterChoicesQuery,
} from '../../features/bookings/operations'
import { PagedTable, useCursorPaging, type Column } from '../../features/common/paged-table'
import type {
  AdminBookingsQuery,
  AdminBookingsSort,
  BookingStatus,
  SpecialRequirementKind,
} from '../../gql/graphql'
import { useT } from '../../i18n'

type Row = AdminBookingsQuery['adminBookings']['nodes'][number]

interface Filter {
  from: string
  to: string
  region: string
  municipalityId: string
  kepId: string
  categoryId: string
  procedureId: string
  statuses: BookingStatus[]
  specialRequirement: '' | SpecialRequirementKind
  employeeId: string
  search: string
  sort: AdminBookingsSort
}

const noFilter: Filter = {
  from: '',
  to: '',
  region: '',
  municipalityId: '',
  kepId: '',
  categoryId: '',
  procedureId: '',
  statuses: [],
  specialRequirement: '',
  employeeId: '',
  search: '',
  sort: 'STARTS_AT_ASC',
}
const pageSize = 25
const requirements: readonly SpecialRequirementKind[] = [
  'ANY',
  'SIGN_LANGUAGE',
  'LIP_READING',
  'OTHER',
]
const sorts: readonly AdminBookingsSort[] = ['STARTS_AT_ASC', 'STARTS_AT_DESC']

/** The server's field paths → the inputs they point at. */
const fieldIds = {
  'filter.from': 'bookings-from',
  'filter.to': 'bookings-to',
  'filter.search': 'bookings-search',
  filter: 'bookings-from',
  after: 'bookings-from',
}

/** The applied filter as query parameters, lower-case values: the page's address and the CSV's. */
function filterParams(filter: Filter): URLSearchParams {
  const params = new URLSearchParams()
  const add = (name: string, value: string) => {
    if (value) params.set(name, value)
  }
  add('from', filter.from)
  add('to', filter.to)
  add('region', filter.region)
  add('municipalityId', filter.municipalityId)
  add('kepId', filter.kepId)
  add('categoryId', filter.categoryId)
  add('procedureId', filter.procedureId)
  add('statuses', filter.statuses.map((s) => s.toLowerCase()).join(','))
  add('specialRequirement', filter.specialRequirement.toLowerCase())
  add('employeeId', filter.employeeId)
  add('search', filter.search.trim())
  if (filter.sort !== noFilter.sort) add('sort', filter.sort.toLowerCase())
  return params
}

/**
 * The filter an address holds (a bookmark, a shared link, the way back from a booking): what
 * it does not name, or names wrongly, is left unfiltered; the server checks the rest.
 */
function filterFrom(search: string): Filter {
  const params = new URLSearchParams(search)
  const text = (name: string) => params.get(name) ?? ''
  const oneOf = <T extends string>(values: readonly T[], value: string) =>
    values.find((v) => v === value.toUpperCase())
  return {
    from: text('from'),
    to: text('to'),
    region: text('region'),
    municipalityId: text('municipalityId'),
    kepId: text('kepId'),
    categoryId: text('categoryId'),
    procedureId: text('procedureId'),
    statuses: text('statuses')
      .split(',')
      .map((s) => oneOf(bookingStatuses, s))
      .filter((s): s is BookingStatus => s !== undefined),
    specialRequirement: oneOf(requirements, text('specialRequirement')) ?? '',
    employeeId: text('employeeId'),
    search: text('search'),
    sort: oneOf(sorts, text('sort')) ?? noFilter.sort,
  }
}

/** The CSV export of the applied filter: the list's parameters, lower-case values. */
function exportHref(filter: Filter, separator: 'comma' | 'semicolon', lang: string): string {
  const params = filterParams(filter)
  params.set('sort', filter.sort.toLowerCase())
  params.set('separator', separator)
  params.set('lang', lang)
  return `/admin/exports/bookings.csv?${params.toString()}`
}

/** Every booking of the network (R3.5): filters, a server-paged table, the CSV export. */
export function BookingsPage() {
  const t = useT()
  const localized = useLocalized()
  const { language } = useLanguage()
  const paging = useCursorPaging()
  // the applied filter lives in the address: bookmarked, shared, and back from a booking's page
  const search = useSearch()
  const [, navigate] = useLocation()
  const filter = useMemo(() => filterFrom(search), [search])
  const [draft, setDraft] = useState<Filter>(filter)
  const { reset } = paging
  useEffect(() => {
    // another address (the browser's back and forward too): its filter in the form, first page
    setDraft(filter)
    reset()
  }, [filter, reset])
  const [separator, setSeparator] = useState<'comma' | 'semicolon'>('semicolon')
  const choices = useQuery(bookingFilterChoicesQuery).data
  const employees =
    useQuery(bookingEmployeeChoicesQuery, {
      variables: { kepId: draft.kepId },
      skip: !draft.kepId,
    }).data?.adminEmployees.employees ?? []
  const { data, loading, error } = useQuery(adminBookingsQuery, {
    variables: {
      first: pageSize,
      after: paging.after,
      sort: filter.sort,
      filter: {
        from: filter.from || null,
        to: filter.to || null,
        region: filter.region || null,
        municipalityId: filter.municipalityId || null,
        kepId: filter.kepId || null,
        categoryId: filter.categoryId || null,
        procedureId: filter.procedureId || null,
        statuses: filter.statuses.length > 0 ? filter.statuses : null,
        specialRequirement: filter.specialRequirement || null,
        employeeId: filter.employeeId || null,
        search: filter.search.trim() || null,
      },
    },
    fetchPolicy: 'cache-and-network',
  })
  const errors = useFormErrors(error, fieldIds, 'bookings-from')
  const byName = <T,>(items: readonly T[], name: (item: T) => { el: string; en: string }) =>
    [...items].sort((a, b) => localized(name(a)).localeCompare(localized(name(b))))
  const municipalities = choices?.municipalities ?? []
  const regions = byName(
    [...new Map(municipalities.map((m) => [m.region.el, m.region])).values()],
    (r) => r,
  )
  const inRegion = byName(
    municipalities.filter((m) => !draft.region || m.region.el === draft.region),
    (m) => m.name,
  )
  const regionOf = new Map(municipalities.map((m) => [m.id, m.region.el]))
  const kepChoices = byName(
    (choices?.keps ?? []).filter(
      (k) =>
        (!draft.municipalityId || k.municipality.id === draft.municipalityId) &&
        (!draft.region || regionOf.get(k.municipality.id) === draft.region),
    ),
    (k) => k.name,
  )
  const procedureChoices = byName(
    (choices?.procedures ?? []).filter(
      (p) => !draft.categoryId || p.category.id === draft.categoryId,
    ),
    (p) => p.title,
  )
  const set = (change: Partial<Filter>) => setDraft({ ...draft, ...change })
  const show = (next: Filter) => {
    const query = filterParams(next).toString()
    navigate(query ? `/bookings?${query}` : '/bookings')
    // the same filter again: the address does not change, the list goes back to its first page
    paging.reset()
  }
  const apply = (event: FormEvent) => {
    event.preventDefault()
    show(draft)
  }
  const clear = () => {
    setDraft(noFilter)
    show(noFilter)
  }
  const wide = { maxWidth: '100%' }

  const columns: Column<Row>[] = [
    {
      key: 'reference',
      header: t('bookings.column.reference'),
      rowHeader: true,
      cell: (b) => <Link href={`/bookings/${b.id}`}>{b.reference}</Link>,
    },
    {
      key: 'when',
      header: t('bookings.column.when'),
      cell: (b) => formatDateTime(b.startsAt as string, language),
    },
    { key: 'citizen', header: t('bookings.column.citizen'), cell: (b) => b.fullName },
    { key: 'kep', header: t('bookings.column.kep'), cell: (b) => localized(b.kepName) },
    {
      key: 'procedure',
      header: t('bookings.column.procedure'),
      cell: (b) => localized(b.procedureTitle),
    },
    { key: 'employee', header: t('bookings.column.employee'), cell: (b) => b.employeeName },
    {
      key: 'status',
      header: t('bookings.column.status'),
      cell: (b) => <BookingStatusText status={b.status} />,
    },
  ]

  return (
    <>
      <h1>{t('bookings.title')}</h1>
      <p>{t('bookings.intro')}</p>
      <FormErrorSummary errors={errors} />
      <form onSubmit={apply} aria-labelledby="bookings-filters" noValidate>
        <h2 className="govgr-heading-m" id="bookings-filters">
          {t('bookings.filters')}
        </h2>
        <TextField
          id="bookings-search"
          type="search"
          label={t('bookings.search')}
          hint={t('bookings.search.hint')}
          error={errors.field('filter.search')}
          value={draft.search}
          onChange={(e) => set({ search: e.target.value })}
        />
        <TextField
          id="bookings-from"
          type="date"
          label={t('bookings.from')}
          hint={t('bookings.dates.hint')}
          error={errors.field('filter.from')}
          value={draft.from}
          onChange={(e) => set({ from: e.target.value })}
        />
        <TextField
          id="bookings-to"
          type="date"
          label={t('bookings.to')}
          error={errors.field('filter.to')}
          value={draft.to}
          onChange={(e) => set({ to: e.target.value })}
        />
        <SelectField
          style={wide}
          id="bookings-region"
          label={t('bookings.region')}
          value={draft.region}
          onChange={(e) =>
            set({ region: e.target.value, municipalityId: '', kepId: '', employeeId: '' })
          }
          options={[
            { value: '', label: t('bookings.all') },
            ...regions.map((r) => ({ value: r.el, label: localized(r) })),
          ]}
        />
        <SelectField
          style={wide}
          id="bookings-municipality"
          label={t('bookings.municipality')}
          value={draft.municipalityId}
          onChange={(e) => set({ municipalityId: e.target.value, kepId: '', employeeId: '' })}
          options={[
            { value: '', label: t('bookings.all') },
            ...inRegion.map((m) => ({ value: m.id, label: localized(m.name) })),
          ]}
        />
        <SelectField
          style={wide}
          id="bookings-kep"
          label={t('bookings.kep')}
          value={draft.kepId}
          onChange={(e) => set({ kepId: e.target.value, employeeId: '' })}
          options={[
            { value: '', label: t('bookings.all') },
            ...kepChoices.map((k) => ({ value: k.id, label: `${localized(k.name)} (${k.code})` })),
          ]}
        />
        <SelectField
          style={wide}
          id="bookings-employee"
          label={t('bookings.employee')}
          hint={draft.kepId ? undefined : t('bookings.employee.hint')}
          disabled={!draft.kepId}
          value={draft.employeeId}
          onChange={(e) => set({ employeeId: e.target.value })}
          options={[
            { value: '', label: t('bookings.all') },
            ...employees.map((e) => ({ value: e.id, label: e.fullName })),
          ]}
        />
        <SelectField
          style={wide}
          id="bookings-category"
          label={t('bookings.category')}
          value={draft.categoryId}
          onChange={(e) => set({ categoryId: e.target.value, procedureId: '' })}
          options={[
            { value: '', label: t('bookings.all') },
            ...byName(choices?.serviceCategories ?? [], (c) => c.name).map((c) => ({
              value: c.id,
              label: localized(c.name),
            })),
          ]}
        />
        <SelectField
          style={wide}
          id="bookings-procedure"
          label={t('bookings.procedure')}
          value={draft.procedureId}
          onChange={(e) => set({ procedureId: e.target.value })}
          options={[
            { value: '', label: t('bookings.all') },
            ...procedureChoices.map((p) => ({ value: p.id, label: localized(p.title) })),
          ]}
        />
        <Checkboxes
          name="bookings-statuses"
          id="bookings-statuses"
          legend={t('bookings.statuses')}
          choices={bookingStatuses.map((s) => ({ value: s, label: t(`bookings.status.${s}`) }))}
          values={draft.statuses}
          onChange={(statuses) => set({ statuses })}
        />
        <SelectField
          style={wide}
          id="bookings-special"
          label={t('bookings.special')}
          value={draft.specialRequirement}
          onChange={(e) =>
            set({ specialRequirement: e.target.value as Filter['specialRequirement'] })
          }
          options={[
            { value: '', label: t('bookings.all') },
            ...requirements.map((r) => ({
              value: r,
              label: t(`bookings.special.${r.toLowerCase() as Lowercase<SpecialRequirementKind>}`),
            })),
          ]}
        />
        <SelectField
          style={wide}
          id="bookings-sort"
          label={t('bookings.sort')}
          value={draft.sort}
          onChange={(e) => set({ sort: e.target.value as AdminBookingsSort })}
          options={sorts.map((s) => ({ value: s, label: t(`bookings.sort.${s}`) }))}
        />
        <div className="admin-actions">
          <Button type="submit">{t('bookings.apply')}</Button>
          <Button variant="secondary" onClick={clear}>
            {t('bookings.clear')}
          </Button>
        </div>
      </form>
      <PagedTable
        caption={t('bookings.caption')}
        columns={columns}
        rows={errors.summary.length > 0 ? undefined : data?.adminBookings.nodes}
        rowKey={(b) => b.id}
        emptyText={t('bookings.empty')}
        loading={loading}
        error={errors.summary.length > 0 ? undefined : error}
        paging={paging}
        pageInfo={data?.adminBookings.pageInfo}
      />
      <section aria-labelledby="bookings-export">
        <h2 className="govgr-heading-m" id="bookings-export">
          {t('bookings.export')}
        </h2>
        <p>{t('bookings.export.intro')}</p>
        <SelectField
          style={wide}
          id="bookings-separator"
          label={t('bookings.export.separator')}
          value={separator}
          onChange={(e) => setSeparator(e.target.value as 'comma' | 'semicolon')}
          options={[
            { value: 'semicolon', label: t('bookings.export.semicolon') },
            { value: 'comma', label: t('bookings.export.comma') },
          ]}
        />
        <p>
          <a
            className="govgr-btn govgr-btn-secondary"
            href={exportHref(filter, separator, language)}
            download
          >
            {t('bookings.export.download')}
          </a>
        </p>
      </section>
    </>
  )
}
