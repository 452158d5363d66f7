import { useMutation, useQuery } from '@apollo/client/react'
import { FormErrorSummary, useFormErrors } from '@keplive/kep-admin'
import {
  BackLink,
  Button,
  formatDateTime,
  SelectField,
  TextField,
  useLanguage,
  useLocalized,
} from '@keplive/ui'
import { useState, type FormEvent } from 'react'
import { Link, useLocation } from 'wouter'
import {
  applicationChoicesQuery,
  myApplicationsQuery,
  startApplicationMutation,
} from '../../features/municipalities/operations'
import { useT } from '../../i18n'

const fieldIds = {
  'input.municipalityId': 'app-start-municipality',
  'input.decisionNumber': 'app-start-decision',
  'input.copyFromId': 'app-start-copy',
}

/**
 * The application's first question (R5.1): which municipality, with the mayor's decision
 * number; to rejoin, it may start from a previous application of the same municipality.
 * The draft exists from here on: every later step is saved.
 */
export function ApplicationStartPage() {
  const t = useT()
  const localized = useLocalized()
  const { language } = useLanguage()
  const [, navigate] = useLocation()
  const [municipalityId, setMunicipalityId] = useState('')
  const [decisionNumber, setDecisionNumber] = useState('')
  const [copyFromId, setCopyFromId] = useState('')
  const choices = useQuery(applicationChoicesQuery)
  const mine = useQuery(myApplicationsQuery)
  const [start, { loading, error }] = useMutation(startApplicationMutation, {
    refetchQueries: ['MyMunicipalityApplications'],
  })
  const errors = useFormErrors(error, fieldIds, 'app-start-municipality')
  const municipalities = [...(choices.data?.municipalities ?? [])]
    .filter((m) => m.participation !== 'PARTICIPATING')
    .sort((a, b) => localized(a.name).localeCompare(localized(b.name)))
  const previous = (mine.data?.myMunicipalityApplications ?? []).filter(
    (a) =>
      a.municipalityId === municipalityId &&
      ['REJECTED', 'WITHDRAWN', 'APPROVED'].includes(a.status),
  )

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    try {
      const { data } = await start({
        variables: { input: { municipalityId, decisionNumber, copyFromId: copyFromId || null } },
      })
      if (data)
        navigate(
          `/municipality/applications/${data.startMunicipalityApplication.application.id}/contact`,
        )
    } catch {
      // shown by the form from `error`
    }
  }

  return (
    <>
      <BackLink onClick={() => navigate('/')}>{t('muni.application.back')}</BackLink>
      <h1>{t('muni.start.title')}</h1>
      <p className="govgr-body">{t('muni.start.intro')}</p>
      <p className="govgr-body">
        <Link className="govgr-link" href="/municipality/manual">
          {t('muni.step.manualLink')}
        </Link>
      </p>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <FormErrorSummary errors={errors} />
        <SelectField
          style={{ maxWidth: '100%' }}
          id="app-start-municipality"
          label={t('muni.start.municipality')}
          value={municipalityId}
          error={errors.field('input.municipalityId')}
          onChange={(e) => {
            setMunicipalityId(e.target.value)
            setCopyFromId('')
          }}
          options={[
            { value: '', label: t('muni.start.municipality.choose') },
            ...municipalities.map((m) => ({
              value: m.id,
              label: `${localized(m.name)} (${localized(m.region)})`,
            })),
          ]}
        />
        <TextField
          id="app-start-decision"
          label={t('muni.decision.number')}
          hint={t('muni.decision.number.hint')}
          value={decisionNumber}
          error={errors.field('input.decisionNumber')}
          onChange={(e) => setDecisionNumber(e.target.value)}
        />
        {previous.length > 0 ? (
          <SelectField
            style={{ maxWidth: '100%' }}
            id="app-start-copy"
            label={t('muni.start.copyFrom')}
            hint={t('muni.start.copyFrom.hint')}
            value={copyFromId}
            error={errors.field('input.copyFromId')}
            onChange={(e) => setCopyFromId(e.target.value)}
            options={[
              { value: '', label: t('muni.start.copyFrom.none') },
              ...previous.map((a) => ({
                value: a.id,
                label: t('muni.start.copyFrom.option', {
                  name: localized(a.municipalityName),
                  status: t(`muni.status.${a.status}`),
                  date: formatDateTime(a.updatedAt, language),
                }),
              })),
            ]}
          />
        ) : null}
        <Button type="submit" disabled={loading}>
          {t('muni.start.submit')}
        </Button>
      </form>
    </>
  )
}
