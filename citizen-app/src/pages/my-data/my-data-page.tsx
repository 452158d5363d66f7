import { useApolloClient, useMutation, useQuery } from '@apollo/client/react'
import { apiErrorOf, type ApiError } from '@keplive/api'
import {
  Button,
  Checkboxes,
  ConfirmationPanel,
  ConfirmStep,
  ErrorSummary,
  Loading,
  Notice,
  RequestStatus,
  SummaryList,
  useErrorMessage,
  useLanguage,
  usePageTitle,
} from '@keplive/ui'
import { useState, type FormEvent } from 'react'
import { ContactFields } from '../../features/booking/contact-fields'
import { useFieldProblems } from '../../features/booking/field-problems'
import { LoginRequired } from '../../features/booking/login-required'
import { graphql } from '../../gql'
import type { ErasureImpactFieldsFragment, MyDataQuery as MyDataData } from '../../gql/graphql'
import { myData as el } from '../../i18n/el/my-data'
import { myData as en } from '../../i18n/en/my-data'

type MyDataKey = keyof typeof el

// The page's texts load with it (a lazy route), never with the home page.
function useMyDataT(): (key: MyDataKey, values?: Record<string, string | number>) => string {
  const { language } = useLanguage()
  const messages = language === 'en' ? en : el
  return (key, values) =>
    messages[key].replace(/\{(\w+)\}/g, (all, name: string) => String(values?.[name] ?? all))
}

const MyDataQuery = graphql(`
  query MyData {
    myData {
      firstName
      lastName
      contact {
        email
        phone
        postalAddress
      }
      bookings
      upcomingBookings
      sessions
      emails
    }
  }
`)

const UpdateMyContactMutation = graphql(`
  mutation UpdateMyContact($input: UpdateMyContactInput!) {
    updateMyContact(input: $input) {
      contact {
        email
        phone
        postalAddress
      }
      updatedBookings
    }
  }
`)

graphql(`
  fragment ErasureImpactFields on ErasureImpact {
    upcomingCancelled
    pastPseudonymised
    submissionRecordsKept
    token
    applied
  }
`)

const EraseMyDataMutation = graphql(`
  mutation EraseMyData($input: EraseMyDataInput!) {
    eraseMyData(input: $input) {
      ...ErasureImpactFields
    }
  }
`)

type Summary = MyDataData['myData']

/** The form's element a server field problem belongs to. */
const elementOf = (field: string) => field.replace(/^input\./, '')

function HeldSummary({ summary }: { summary: Summary }) {
  const t = useMyDataT()
  return (
    <section aria-labelledby="my-data-held">
      <h2 className="govgr-heading-m" id="my-data-held">
        {t('myData.held.title')}
      </h2>
      <SummaryList
        rows={[
          { key: t('myData.held.name'), value: `${summary.firstName} ${summary.lastName}` },
          { key: t('myData.held.taxNumber'), value: t('myData.held.taxNumber.value') },
          {
            key: t('myData.held.bookings'),
            value: t('myData.held.bookings.value', {
              count: summary.bookings,
              upcoming: summary.upcomingBookings,
            }),
          },
          { key: t('myData.held.sessions'), value: summary.sessions },
          { key: t('myData.held.emails'), value: summary.emails },
        ]}
      />
    </section>
  )
}

function Downloads() {
  const t = useMyDataT()
  return (
    <section aria-labelledby="my-data-download">
      <h2 className="govgr-heading-m" id="my-data-download">
        {t('myData.download.title')}
      </h2>
      <p className="govgr-body">{t('myData.download.lead')}</p>
      <ul className="govgr-list">
        <li>
          <a className="govgr-link" href="/my-data.html" download>
            {t('myData.download.html')}
          </a>
        </li>
        <li>
          <a className="govgr-link" href="/my-data.json" download>
            {t('myData.download.json')}
          </a>
        </li>
      </ul>
    </section>
  )
}

/** GDPR Art. 16: email, phone, address; by default the upcoming bookings' too. */
function ContactForm({ summary }: { summary: Summary }) {
  const t = useMyDataT()
  const errorMessage = useErrorMessage()
  const [save, { loading }] = useMutation(UpdateMyContactMutation, {
    refetchQueries: [MyDataQuery],
  })
  const [form, setForm] = useState({
    email: summary.contact.email ?? '',
    phone: summary.contact.phone ?? '',
    postalAddress: summary.contact.postalAddress ?? '',
    applyToUpcoming: true,
  })
  const [failure, setFailure] = useState<ApiError | null>(null)
  const [saved, setSaved] = useState<number | null>(null)
  const set = (change: Partial<typeof form>) => setForm((f) => ({ ...f, ...change }))
  const problems = useFieldProblems(failure, elementOf)
  const { errorOf } = problems

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (loading) return
    setFailure(null)
    setSaved(null)
    try {
      const result = await save({ variables: { input: form } })
      setSaved(result.data?.updateMyContact.updatedBookings ?? 0)
    } catch (error) {
      setFailure(apiErrorOf(error) ?? null)
    }
  }

  return (
    <section aria-labelledby="my-data-contact">
      <h2 className="govgr-heading-m" id="my-data-contact">
        {t('myData.contact.title')}
      </h2>
      <ErrorSummary items={problems.summary} />
      {failure && failure.code !== 'VALIDATION_FAILED' ? (
        <Notice title={t('myData.contact.failed')} tone="alert">
          <p>{errorMessage(failure)}</p>
        </Notice>
      ) : null}
      {saved !== null ? (
        <Notice title={t('myData.contact.saved')} tone="success">
          {saved > 0 ? <p>{t('myData.contact.savedBookings', { count: saved })}</p> : null}
        </Notice>
      ) : null}
      <p className="govgr-body">{t('myData.contact.lead')}</p>
      <form noValidate onSubmit={(event) => void submit(event)} className="keplive-step">
        <ContactFields
          values={form}
          labels={{
            email: t('myData.contact.email'),
            phone: t('myData.contact.phone'),
            phoneHint: t('myData.contact.phoneHint'),
            postalAddress: t('myData.contact.postalAddress'),
          }}
          onChange={set}
          errorOf={errorOf}
        />
        <Checkboxes
          name="applyToUpcoming"
          legend={t('myData.contact.upcoming')}
          hint={t('myData.contact.applyToUpcoming.hint')}
          choices={[{ value: 'yes', label: t('myData.contact.applyToUpcoming') }]}
          values={form.applyToUpcoming ? ['yes'] : []}
          onChange={(values) => set({ applyToUpcoming: values.includes('yes') })}
        />
        <div className="keplive-actions">
          <Button type="submit" disabled={loading} aria-disabled={loading}>
            {loading ? t('myData.contact.saving') : t('myData.contact.save')}
          </Button>
        </div>
      </form>
    </section>
  )
}

/** GDPR Art. 17: the preview, a confirm step, then erasure (the citizen is logged out). */
function Erasure({ onErased }: { onErased: (done: ErasureImpactFieldsFragment) => void }) {
  const t = useMyDataT()
  const errorMessage = useErrorMessage()
  const [erase, { loading }] = useMutation(EraseMyDataMutation)
  const [preview, setPreview] = useState<ErasureImpactFieldsFragment | null>(null)
  const [failure, setFailure] = useState<ApiError | null>(null)

  const run = async (token: string | null) => {
    setFailure(null)
    try {
      const result = await erase({ variables: { input: { token } } })
      const impact = result.data?.eraseMyData
      if (!impact) return
      if (impact.applied) onErased(impact)
      else setPreview(impact)
    } catch (error) {
      const read = apiErrorOf(error) ?? null
      // the world changed: show the new numbers, and why, to confirm again
      if (read?.code === 'STALE_PREVIEW') await run(null)
      setFailure(read)
    }
  }

  const failed = failure ? (
    <Notice title={t('myData.erase.failed')} tone="alert">
      <p>{errorMessage(failure)}</p>
    </Notice>
  ) : null

  return (
    <section aria-labelledby="my-data-erase">
      <h2 className="govgr-heading-m" id="my-data-erase">
        {t('myData.erase.title')}
      </h2>
      <p className="govgr-body">{t('myData.erase.lead')}</p>
      {preview ? (
        <ConfirmStep
          title={t('myData.erase.confirmTitle')}
          summary={
            <SummaryList
              rows={[
                { key: t('myData.erase.cancelled'), value: preview.upcomingCancelled },
                { key: t('myData.erase.pseudonymised'), value: preview.pastPseudonymised },
                { key: t('myData.erase.kept'), value: preview.submissionRecordsKept },
              ]}
            />
          }
          impact={<p className="govgr-body">{t('myData.erase.keptWhy')}</p>}
          warning={t('myData.erase.warning')}
          confirmLabel={t('myData.erase.confirm')}
          tone="warning"
          busy={loading}
          error={failed}
          onConfirm={() => void run(preview.token)}
          onCancel={() => {
            setPreview(null)
            setFailure(null)
          }}
        />
      ) : (
        <>
          {failed}
          <Button variant="secondary" disabled={loading} onClick={() => void run(null)}>
            {t('myData.erase.preview')}
          </Button>
        </>
      )}
    </section>
  )
}

function MyData() {
  const t = useMyDataT()
  const client = useApolloClient()
  const { data, loading, error } = useQuery(MyDataQuery)
  const [erased, setErased] = useState<ErasureImpactFieldsFragment | null>(null)
  const read = apiErrorOf(error)
  if (erased) {
    return (
      <>
        <ConfirmationPanel title={t('myData.erased.title')}>
          <p>
            {t('myData.erased.body', {
              cancelled: erased.upcomingCancelled,
              pseudonymised: erased.pastPseudonymised,
            })}
          </p>
        </ConfirmationPanel>
        {/* a full load: the app starts again with nobody logged in */}
        <p className="govgr-body">
          <a className="govgr-link" href="/">
            {t('myData.erased.home')}
          </a>
        </p>
      </>
    )
  }
  return (
    <>
      <h1 className="govgr-heading-xl" tabIndex={-1}>
        {t('myData.title')}
      </h1>
      <p className="govgr-body-l">{t('myData.lead')}</p>
      {loading && !data ? <Loading /> : null}
      <RequestStatus
        loading={false}
        error={read ? { kind: read.kind, code: read.code, messages: read.messages } : undefined}
      />
      {data ? (
        <>
          <HeldSummary summary={data.myData} />
          <Downloads />
          <ContactForm summary={data.myData} />
          <Erasure
            onErased={(done) => {
              // the session has ended: forget what the app knew of the person
              void client.clearStore()
              setErased(done)
            }}
          />
        </>
      ) : null}
    </>
  )
}

/** `/my-data` (issue 19 item 3): what is held, the downloads, the contact form and erasure. */
export function MyDataPage() {
  const t = useMyDataT()
  usePageTitle(t('myData.title'))
  return <LoginRequired heading={t('myData.title')}>{() => <MyData />}</LoginRequired>
}
