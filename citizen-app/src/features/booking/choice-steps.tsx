import { useQuery } from '@apollo/client/react'
import { ErrorSummary, Loading, Radios, RequestStatus, useLocalized } from '@keplive/ui'
import { apiErrorOf } from '@keplive/api'
import { useId, useMemo, useState } from 'react'
import type { ServiceCategoryCode } from '../../gql/graphql'
import { useT } from '../../i18n'
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

function Missing({ show, fieldId, message }: { show: boolean; fieldId: string; message: string }) {
  return show ? <ErrorSummary items={[{ fieldId, message }]} /> : null
}

/** R4.1–R4.4: the four thematic fields. */
export function CategoryStep({ flow }: { flow: FlowControls }) {
  const t = useT()
  const localized = useLocalized()
  const id = useId()
  const { data, loading, error } = useQuery(BookingFlowCategoriesQuery)
  const choice = useChoice<ServiceCategoryCode>(flow.answers.category)
  const requestError = useRequestError(error)
  return (
    <StepFrame
      position={flow.position}
      onBack={flow.back}
      onContinue={() => {
        const category = choice.require()
        if (category) flow.advance('category', (a) => chooseCategory(a, category))
      }}
    >
      <Missing show={choice.missing} fieldId={id} message={t('booking.category.missing')} />
      {data ? (
        <Radios
          id={id}
          name="category"
          legendIsHeading
          legend={t('booking.category.question')}
          hint={t('booking.category.hint')}
          error={choice.missing ? t('booking.category.missing') : undefined}
          value={choice.value}
          onChange={choice.choose}
          choices={data.serviceCategories.map((category) => ({
            value: category.code,
            label: localized(category.name),
            hint: `${localized(category.description)} ${t('booking.category.callMinutes', { minutes: category.callMinutes })}`,
          }))}
        />
      ) : (
        <>
          <h1 className="govgr-heading-l" tabIndex={-1}>
            {t('booking.category.question')}
          </h1>
          {loading ? <Loading /> : <RequestStatus loading={false} error={requestError} />}
        </>
      )}
    </StepFrame>
  )
}

/** R4.4: the municipality — of the municipal service, or of the KEP the citizen wants. */
export function MunicipalityStep({ flow }: { flow: FlowControls }) {
  const t = useT()
  const localized = useLocalized()
  const id = useId()
  const { data, loading, error } = useQuery(BookingFlowMunicipalitiesQuery)
  const choice = useChoice<string>(flow.answers.municipalityId)
  const [search, setSearch] = useState('')
  const requestError = useRequestError(error)
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
    <StepFrame
      position={flow.position}
      onBack={flow.back}
      onContinue={() => {
        const municipalityId = choice.require()
        if (municipalityId) {
          flow.advance('municipality', (a) => chooseMunicipality(a, municipalityId))
        }
      }}
    >
      <Missing show={choice.missing} fieldId={id} message={t('booking.municipality.missing')} />
      <h1 className="govgr-heading-l" tabIndex={-1}>
        {municipal ? t('booking.municipality.question') : t('booking.municipality.questionKep')}
      </h1>
      <p className="govgr-body">
        {municipal ? t('booking.municipality.hint') : t('booking.municipality.hintKep')}
      </p>
      {data ? (
        <>
          <SearchFilter
            id={`${id}-search`}
            label={t('booking.municipality.search')}
            hint={t('booking.search.hint')}
            value={search}
            onChange={setSearch}
            matches={matches.length}
          />
          <Radios
            id={id}
            name="municipality"
            legend={t('booking.municipality.legend')}
            error={choice.missing ? t('booking.municipality.missing') : undefined}
            value={choice.value}
            onChange={choice.choose}
            choices={matches.map((m) => ({
              value: m.id,
              label: localized(m.name),
              hint: localized(m.region),
            }))}
          />
        </>
      ) : loading ? (
        <Loading />
      ) : (
        <RequestStatus loading={false} error={requestError} />
      )}
    </StepFrame>
  )
}

/** The procedure, searchable as the citizen types, accents and case ignored. */
export function ProcedureStep({ flow }: { flow: FlowControls }) {
  const t = useT()
  const localized = useLocalized()
  const id = useId()
  const municipal = isMunicipal(flow.answers)
  const { data, loading, error } = useQuery(BookingFlowProceduresQuery, {
    variables: {
      category: flow.answers.category!,
      municipalityId: municipal ? flow.answers.municipalityId : null,
    },
  })
  const choice = useChoice<string>(flow.answers.procedureId)
  const [search, setSearch] = useState('')
  const requestError = useRequestError(error)
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
    <StepFrame
      position={flow.position}
      onBack={flow.back}
      onContinue={() => {
        const procedureId = choice.require()
        if (procedureId) flow.advance('procedure', (a) => chooseProcedure(a, procedureId))
      }}
    >
      <Missing show={choice.missing} fieldId={id} message={t('booking.procedure.missing')} />
      <h1 className="govgr-heading-l" tabIndex={-1}>
        {t('booking.procedure.question')}
      </h1>
      {data ? (
        data.procedures.length === 0 ? (
          <p className="govgr-body">{t('booking.procedure.none')}</p>
        ) : (
          <>
            <SearchFilter
              id={`${id}-search`}
              label={t('booking.procedure.search')}
              hint={t('booking.search.hint')}
              value={search}
              onChange={setSearch}
              matches={matches.length}
            />
            <Radios
              id={id}
              name="procedure"
              legend={t('booking.procedure.legend')}
              error={choice.missing ? t('booking.procedure.missing') : undefined}
              value={choice.value}
              onChange={choice.choose}
              choices={matches.map((p) => ({
                value: p.id,
                label: localized(p.title),
                hint: localized(p.description),
              }))}
            />
          </>
        )
      ) : loading ? (
        <Loading />
      ) : (
        <RequestStatus loading={false} error={requestError} />
      )}
    </StepFrame>
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
  const id = useId()
  const { data, loading, error } = useQuery(BookingFlowKepsQuery, {
    variables: { municipalityId: flow.answers.municipalityId! },
  })
  const choice = useChoice<string>(flow.answers.kepId)
  const requestError = useRequestError(error)
  return (
    <StepFrame
      position={flow.position}
      onBack={flow.back}
      onContinue={() => {
        const kepId = choice.require()
        if (kepId) flow.advance('kep', (a) => chooseKep(a, kepId))
      }}
    >
      <Missing show={choice.missing} fieldId={id} message={t('booking.kep.missing')} />
      {data ? (
        <Radios
          id={id}
          name="kep"
          legendIsHeading
          legend={t('booking.kep.question')}
          hint={t('booking.kep.hint')}
          error={choice.missing ? t('booking.kep.missing') : undefined}
          value={choice.value}
          onChange={choice.choose}
          choices={data.keps.map((kep) => ({
            value: kep.id,
            label: localized(kep.name),
            hint: `${localized(kep.address)}, ${kep.postalCode} ${localized(kep.city)}`,
          }))}
        />
      ) : (
        <>
          <h1 className="govgr-heading-l" tabIndex={-1}>
            {t('booking.kep.question')}
          </h1>
          {loading ? <Loading /> : null}
          <RequestStatus loading={false} error={requestError} />
        </>
      )}
    </StepFrame>
  )
}
