import { useQuery } from '@apollo/client/react'
import {
  BackLink,
  ErrorSummary,
  formatDateTime,
  Loading,
  Radios,
  RequestStatus,
  useLanguage,
  useLocalized,
  usePageTitle,
} from '@keplive/ui'
import { apiErrorOf } from '@keplive/api'
import { useId, useMemo, useState, type ReactNode } from 'react'
import { Link } from 'wouter'
import type { ServiceCategoryCode } from '../../gql/graphql'
import { useT } from '../../i18n'
import { DocumentsByKind } from '../call/required-documents'
import { foldForSearch } from '../municipality-search/fold-for-search'
import {
  chooseCategory,
  chooseKep,
  chooseKepMode,
  chooseMunicipality,
  chooseProcedure,
  isMunicipal,
} from './booking-answers'
import type { FlowControls } from './flow-controls'
import {
  BookingFlowCategoriesQuery,
  BookingFlowKepsQuery,
  BookingFlowMunicipalitiesQuery,
  BookingFlowProceduresQuery,
} from './operations'
import { SearchFilter } from './search-filter'
import { StepFrame } from './step-frame'
import { BookingAllowanceQuery } from './upfront-operations'

/** The message of a failed list request, in the page's language. */
function useRequestError(error: unknown) {
  const read = apiErrorOf(error)
  return read ? { kind: read.kind, code: read.code, messages: read.messages } : undefined
}

/** One question answered by one choice, with its error when Continue is pressed too soon. */
function useChoice<V>(initial: V | undefined) {
  const [value, setValue] = useState<V | undefined>(initial)
  const [missing, setMissing] = useState(false)
  return {
    value,
    missing,
    choose: (next: V) => {
      setValue(next)
      setMissing(false)
    },
    require: (): V | undefined => {
      if (value === undefined) setMissing(true)
      return value
    },
  }
}

type Choice<V> = ReturnType<typeof useChoice<V>>

interface Option<V extends string> {
  value: V
  label: string
  hint?: ReactNode
}

function Missing({ show, fieldId, message }: { show: boolean; fieldId: string; message: string }) {
  return show ? <ErrorSummary items={[{ fieldId, message }]} /> : null
}

/**
 * A step whose one question is a choice among what the API lists (the question is the page's
 * h1, as the radios' legend): the list once it has come, else loading or what went wrong.
 */
function ListQuestionStep<V extends string>({
  flow,
  name,
  question,
  hint,
  missingMessage,
  choice,
  options,
  loading,
  error,
  onChosen,
  before,
}: {
  flow: FlowControls
  name: string
  question: string
  hint: string
  missingMessage: string
  choice: Choice<V>
  /** Said above the question, e.g. how many more appointments the citizen may book. */
  before?: ReactNode
  /** Undefined until the list has come. */
  options: Option<V>[] | undefined
  loading: boolean
  error: unknown
  onChosen: (value: V) => void
}) {
  const id = useId()
  const requestError = useRequestError(error)
  return (
    <StepFrame
      position={flow.position}
      onBack={flow.back}
      onContinue={() => {
        const value = choice.require()
        if (value) onChosen(value)
      }}
    >
      <Missing show={choice.missing} fieldId={id} message={missingMessage} />
      {before}
      {options ? (
        <Radios
          id={id}
          name={name}
          legendIsHeading
          legend={question}
          hint={hint}
          error={choice.missing ? missingMessage : undefined}
          value={choice.value}
          onChange={choice.choose}
          choices={options}
        />
      ) : (
        <>
          <h1 className="govgr-heading-l" tabIndex={-1}>
            {question}
          </h1>
          {loading ? <Loading /> : <RequestStatus loading={false} error={requestError} />}
        </>
      )}
    </StepFrame>
  )
}

/**
 * A step choosing from a long list narrowed as the citizen types (municipalities, procedures):
 * the question as the page's h1, the search, the matching choices.
 */
function SearchQuestionStep<V extends string>({
  flow,
  name,
  question,
  intro,
  searchLabel,
  legend,
  emptyMessage,
  missingMessage,
  choice,
  search,
  onSearch,
  listed,
  matches,
  loading,
  error,
  onChosen,
}: {
  flow: FlowControls
  name: string
  question: string
  intro?: string
  searchLabel: string
  legend: string
  /** Said when the API lists nothing at all. */
  emptyMessage?: string
  missingMessage: string
  choice: Choice<V>
  search: string
  onSearch: (value: string) => void
  /** How many the API listed; undefined until the list has come. */
  listed: number | undefined
  matches: Option<V>[]
  loading: boolean
  error: unknown
  onChosen: (value: V) => void
}) {
  const t = useT()
  const id = useId()
  const requestError = useRequestError(error)
  const list =
    listed === undefined ? (
      loading ? (
        <Loading />
      ) : (
        <RequestStatus loading={false} error={requestError} />
      )
    ) : listed === 0 && emptyMessage ? (
      <p className="govgr-body">{emptyMessage}</p>
    ) : (
      <>
        <SearchFilter
          id={`${id}-search`}
          label={searchLabel}
          hint={t('booking.search.hint')}
          value={search}
          onChange={onSearch}
          matches={matches.length}
        />
        <Radios
          id={id}
          name={name}
          legend={legend}
          error={choice.missing ? missingMessage : undefined}
          value={choice.value}
          onChange={choice.choose}
          choices={matches}
        />
      </>
    )
  return (
    <StepFrame
      position={flow.position}
      onBack={flow.back}
      onContinue={() => {
        const value = choice.require()
        if (value) onChosen(value)
      }}
    >
      <Missing show={choice.missing} fieldId={id} message={missingMessage} />
      <h1 className="govgr-heading-l" tabIndex={-1}>
        {question}
      </h1>
      {intro ? <p className="govgr-body">{intro}</p> : null}
      {list}
    </StepFrame>
  )
}

/**
 * Issue 16 item 2: the citizen with no appointment left to book stops at the first step, with
 * their appointments to manage, instead of finding out after seven.
 */
function AllowanceUsedUp({
  flow,
  allowance,
  bookings,
}: {
  flow: FlowControls
  allowance: { upcoming: number; limit: number }
  bookings: {
    id: string
    reference: string
    startsAt: string
    procedure: { title: { el: string; en: string } }
  }[]
}) {
  const t = useT()
  const localized = useLocalized()
  const { language } = useLanguage()
  const title = t('booking.allowance.fullTitle', { upcoming: allowance.upcoming })
  // the stop names the tab as a step would (WCAG 2.4.2)
  usePageTitle(title, 'step')
  return (
    <>
      <BackLink onClick={flow.back} />
      <h1 className="govgr-heading-l" tabIndex={-1} data-step-heading="">
        {title}
      </h1>
      <p className="govgr-body">{t('booking.allowance.fullBody')}</p>
      <h2 className="govgr-heading-m">{t('booking.allowance.yours')}</h2>
      <ul className="govgr-list keplive-allowance">
        {bookings.map((b) => (
          <li key={b.id}>
            <span className="keplive-chosen">{formatDateTime(b.startsAt, language)}</span>
            {` — ${localized(b.procedure.title)} (${b.reference}) `}
            <Link className="govgr-link" href={`/bookings/${b.id}`}>
              {t('booking.allowance.manage')}
              <span className="govgr-visually-hidden">{` ${b.reference}`}</span>
            </Link>
          </li>
        ))}
      </ul>
      <p className="govgr-body">
        <Link className="govgr-link" href="/bookings">
          {t('booking.page.allBookings')}
        </Link>
      </p>
    </>
  )
}

/** "You have 1 upcoming appointment; you can book 2 more." */
function allowanceText(
  t: ReturnType<typeof useT>,
  allowance: { upcoming: number; limit: number; remaining: number },
) {
  if (allowance.upcoming === 0) return t('booking.allowance.none', { limit: allowance.limit })
  if (allowance.upcoming === 1) {
    return t('booking.allowance.one', { remaining: allowance.remaining })
  }
  return t('booking.allowance.many', {
    upcoming: allowance.upcoming,
    remaining: allowance.remaining,
  })
}

/** R4.1–R4.4: the four thematic fields, after how many appointments the citizen may still book. */
export function CategoryStep({ flow }: { flow: FlowControls }) {
  const t = useT()
  const localized = useLocalized()
  const { data, loading, error } = useQuery(BookingFlowCategoriesQuery)
  // asked again each time the step shows: a booking cancelled meanwhile frees a place
  const allowance = useQuery(BookingAllowanceQuery, { fetchPolicy: 'cache-and-network' })
  const choice = useChoice<ServiceCategoryCode>(flow.answers.category)
  const mine = allowance.data?.myBookingAllowance
  if (allowance.loading && !allowance.data) return <Loading />
  if (mine && mine.remaining === 0) {
    return (
      <AllowanceUsedUp flow={flow} allowance={mine} bookings={allowance.data?.myBookings ?? []} />
    )
  }
  return (
    <ListQuestionStep
      flow={flow}
      before={
        mine ? (
          <p className="govgr-body keplive-allowance-note" data-testid="booking-allowance">
            {allowanceText(t, mine)}
          </p>
        ) : null
      }
      name="category"
      question={t('booking.category.question')}
      hint={t('booking.category.hint')}
      missingMessage={t('booking.category.missing')}
      choice={choice}
      options={data?.serviceCategories.map((category) => ({
        value: category.code,
        label: localized(category.name),
        hint: `${localized(category.description)} ${t('booking.category.callMinutes', { minutes: category.callMinutes })}`,
      }))}
      loading={loading}
      error={error}
      onChosen={(category) => flow.advance('category', (a) => chooseCategory(a, category))}
    />
  )
}

/** R4.4: the municipality — of the municipal service, or of the KEP the citizen wants. */
export function MunicipalityStep({ flow }: { flow: FlowControls }) {
  const t = useT()
  const localized = useLocalized()
  const { data, loading, error } = useQuery(BookingFlowMunicipalitiesQuery)
  const choice = useChoice<string>(flow.answers.municipalityId)
  const [search, setSearch] = useState('')
  const municipal = isMunicipal(flow.answers)
  const matches = useMemo(() => {
    const all = data?.municipalities ?? []
    const folded = foldForSearch(search)
    if (!folded) return all
    return all.filter(
      (m) =>
        m.id === choice.value ||
        foldForSearch(`${m.name.el} ${m.name.en} ${m.region.el} ${m.region.en}`).includes(folded),
    )
  }, [data, search, choice.value])
  return (
    <SearchQuestionStep
      flow={flow}
      name="municipality"
      question={
        municipal ? t('booking.municipality.question') : t('booking.municipality.questionKep')
      }
      intro={municipal ? t('booking.municipality.hint') : t('booking.municipality.hintKep')}
      searchLabel={t('booking.municipality.search')}
      legend={t('booking.municipality.legend')}
      missingMessage={t('booking.municipality.missing')}
      choice={choice}
      search={search}
      onSearch={setSearch}
      listed={data?.municipalities.length}
      matches={matches.map((m) => ({
        value: m.id,
        label: localized(m.name),
        hint: localized(m.region),
      }))}
      loading={loading}
      error={error}
      onChosen={(municipalityId) =>
        flow.advance('municipality', (a) => chooseMunicipality(a, municipalityId))
      }
    />
  )
}

/**
 * The procedure, searchable as the citizen types, accents and case ignored; the chosen one says
 * which documents to upload and which to show to the camera (issue 16 item 2).
 */
export function ProcedureStep({ flow }: { flow: FlowControls }) {
  const t = useT()
  const localized = useLocalized()
  const municipal = isMunicipal(flow.answers)
  const { data, loading, error } = useQuery(BookingFlowProceduresQuery, {
    variables: {
      category: flow.answers.category!,
      municipalityId: municipal ? flow.answers.municipalityId : null,
    },
  })
  const choice = useChoice<string>(flow.answers.procedureId)
  const [search, setSearch] = useState('')
  const matches = useMemo(() => {
    const all = data?.procedures ?? []
    const terms = foldForSearch(search).split(' ').filter(Boolean)
    if (terms.length === 0) return all
    return all.filter((p) => {
      if (p.id === choice.value) return true
      const text = foldForSearch(
        `${p.title.el} ${p.title.en} ${p.code} ${p.description.el} ${p.description.en}`,
      )
      return terms.every((term) => text.includes(term))
    })
  }, [data, search, choice.value])
  return (
    <SearchQuestionStep
      flow={flow}
      name="procedure"
      question={t('booking.procedure.question')}
      searchLabel={t('booking.procedure.search')}
      legend={t('booking.procedure.legend')}
      emptyMessage={t('booking.procedure.none')}
      missingMessage={t('booking.procedure.missing')}
      choice={choice}
      search={search}
      onSearch={setSearch}
      listed={data?.procedures.length}
      matches={matches.map((p) => ({
        value: p.id,
        label: localized(p.title),
        // issue 16 item 2: the chosen procedure's documents, named before anything is booked
        hint:
          p.id === choice.value ? (
            <>
              {localized(p.description)}
              <span className="keplive-named-documents__title">
                {t('booking.procedure.documentsFor')}
              </span>
              <DocumentsByKind id={`procedure-${p.id}`} documents={p.documents} />
            </>
          ) : (
            localized(p.description)
          ),
      }))}
      loading={loading}
      error={error}
      onChosen={(procedureId) => flow.advance('procedure', (a) => chooseProcedure(a, procedureId))}
    />
  )
}

/** Outside the municipal field: the first free KEP, or one the citizen chooses. */
export function KepModeStep({ flow }: { flow: FlowControls }) {
  const t = useT()
  const id = useId()
  const choice = useChoice<'any' | 'chosen'>(flow.answers.kepMode)
  return (
    <StepFrame
      position={flow.position}
      onBack={flow.back}
      onContinue={() => {
        const mode = choice.require()
        if (mode) flow.advance('kepMode', (a) => chooseKepMode(a, mode))
      }}
    >
      <Missing show={choice.missing} fieldId={id} message={t('booking.kepMode.missing')} />
      <Radios
        id={id}
        name="kepMode"
        legendIsHeading
        legend={t('booking.kepMode.question')}
        error={choice.missing ? t('booking.kepMode.missing') : undefined}
        value={choice.value}
        onChange={choice.choose}
        choices={[
          { value: 'any', label: t('booking.kepMode.any'), hint: t('booking.kepMode.anyHint') },
          {
            value: 'chosen',
            label: t('booking.kepMode.chosen'),
            hint: t('booking.kepMode.chosenHint'),
          },
        ]}
      />
    </StepFrame>
  )
}

/** R4.4: a KEP of the chosen municipality. */
export function KepStep({ flow }: { flow: FlowControls }) {
  const t = useT()
  const localized = useLocalized()
  const { data, loading, error } = useQuery(BookingFlowKepsQuery, {
    variables: { municipalityId: flow.answers.municipalityId! },
  })
  const choice = useChoice<string>(flow.answers.kepId)
  return (
    <ListQuestionStep
      flow={flow}
      name="kep"
      question={t('booking.kep.question')}
      hint={t('booking.kep.hint')}
      missingMessage={t('booking.kep.missing')}
      choice={choice}
      options={data?.keps.map((kep) => ({
        value: kep.id,
        label: localized(kep.name),
        hint: `${localized(kep.address)}, ${kep.postalCode} ${localized(kep.city)}`,
      }))}
      loading={loading}
      error={error}
      onChosen={(kepId) => flow.advance('kep', (a) => chooseKep(a, kepId))}
    />
  )
}

/**
 * The procedure chosen so far, with its documents, from the procedure step's own list (the same
 * request, so the cache answers it).
 */
export function useChosenProcedure(answers: FlowControls['answers']) {
  const municipal = isMunicipal(answers)
  const { data } = useQuery(BookingFlowProceduresQuery, {
    variables: {
      category: answers.category!,
      municipalityId: municipal ? answers.municipalityId : null,
    },
    skip: !answers.category || !answers.procedureId,
  })
  return data?.procedures.find((p) => p.id === answers.procedureId)
}
