import { useMutation, useQuery } from '@apollo/client/react'
import {
  BackLink,
  Button,
  formatLocalDate,
  localToday,
  Notice,
  RequestStatus,
  SummaryList,
  useLanguage,
  useLocalized,
} from '@keplive/ui'
import { apiErrorOf } from '@keplive/api'
import { useState } from 'react'
import { Link, useLocation, useParams, useSearch } from 'wouter'
import { AuditTrailLine } from '@keplive/kep-admin'
import { FormErrorSummary, useFormErrors } from '@keplive/kep-admin'
import { ImpactSummary } from '@keplive/kep-admin'
import { KepAtAGlance } from '@keplive/kep-admin'
import { useRole } from '../../features/common/use-role'
import { KepForm, type KepFormValues } from '../../features/keps/kep-form'
import { KepStatusChange, type StatusChange } from '../../features/keps/kep-status-change'
import { KepStatusText } from '../../features/keps/kep-status'
import { graphql } from '../../gql'
import type { AdminKepQuery, ImpactSummary_ImpactFragment } from '../../gql/graphql'
import { useT } from '../../i18n'

const adminKepQuery = graphql(`
  query AdminKep($id: ID!) {
    adminKep(id: $id) {
      id
      code
      name {
        el
        en
      }
      municipalityId
      municipalityName {
        el
        en
      }
      region {
        el
        en
      }
      address {
        el
        en
      }
      postalCode
      city {
        el
        en
      }
      phone
      email
      status
      statusFrom
      statusUntil
      employeeCount
      futureBookings
      workstations {
        id
        label
        active
        futureBookings
      }
      statusHistory {
        id
        kind
        from
        until
        reason {
          el
          en
        }
      }
    }
  }
`)

const updateKepMutation = graphql(`
  mutation UpdateKep($input: UpdateKepInput!) {
    updateKep(input: $input) {
      kep {
        id
      }
    }
  }
`)

const resumeKepMutation = graphql(`
  mutation ResumeKep($kepId: ID!) {
    resumeKep(kepId: $kepId) {
      kep {
        id
      }
    }
  }
`)

type Kep = AdminKepQuery['adminKep']
type Mode = 'view' | 'edit' | StatusChange

const formValuesOf = (kep: Kep): KepFormValues => ({
  code: kep.code,
  nameEl: kep.name.el,
  nameEn: kep.name.en,
  municipalityId: kep.municipalityId,
  addressEl: kep.address.el,
  addressEn: kep.address.en,
  postalCode: kep.postalCode,
  cityEl: kep.city.el,
  cityEn: kep.city.en,
  phone: kep.phone,
  email: kep.email,
  workstations: kep.workstations.map((w) => ({ ...w })),
})

/** One KEP: its details, workstations, status and history; ADMINISTRATORs edit, suspend, close. */
export function KepPage() {
  const t = useT()
  const localized = useLocalized()
  const { language } = useLanguage()
  const { id } = useParams<{ id: string }>()
  const search = useSearch()
  const [, navigate] = useLocation()
  const role = useRole()
  const [mode, setMode] = useState<Mode>('view')
  const [done, setDone] = useState<{ message: string; impact?: ImpactSummary_ImpactFragment }>()
  const { data, loading, error } = useQuery(adminKepQuery, { variables: { id } })
  const [update, updating] = useMutation(updateKepMutation, {
    refetchQueries: ['AdminKep', 'AdminKeps', 'AuditTrailLine'],
  })
  const [resume, resuming] = useMutation(resumeKepMutation, {
    refetchQueries: ['AdminKep', 'AdminKeps', 'AuditTrailLine'],
  })
  const resumeErrors = useFormErrors(resuming.error, {})
  const kep = data?.adminKep
  const created = new URLSearchParams(search).get('created') === '1'
  const glanceDate = new URLSearchParams(search).get('glance')

  if (!kep) {
    const read = apiErrorOf(error)
    return (
      <>
        <BackLink onClick={() => navigate('/keps')}>{t('kep.back')}</BackLink>
        <RequestStatus
          loading={loading}
          error={read ? { kind: read.kind, code: read.code, messages: read.messages } : undefined}
        />
      </>
    )
  }

  const save = async ({ workstations, ...fields }: KepFormValues) => {
    try {
      await update({
        variables: {
          input: {
            kepId: kep.id,
            ...fields,
            workstations: workstations.map(({ id: workstationId, label, active }) => ({
              id: workstationId ?? null,
              label,
              active,
            })),
          },
        },
      })
      setMode('view')
      setDone({ message: t('kep.edit.done') })
    } catch {
      // shown by the form from `updating.error`
    }
  }

  const end = async () => {
    try {
      await resume({ variables: { kepId: kep.id } })
      setDone({ message: t('kep.resume.done') })
    } catch {
      // shown below from `resuming.error`
    }
  }

  const administrator = role === 'ADMINISTRATOR'
  const canResume =
    administrator &&
    kep.statusHistory.some(
      (p) =>
        p.kind === 'SUSPENSION' &&
        (p.until === null || p.until === undefined || p.until >= today()),
    )

  return (
    <>
      <BackLink onClick={() => navigate('/keps')}>{t('kep.back')}</BackLink>
      <h1>{localized(kep.name)}</h1>
      <AuditTrailLine entity="kep" entityId={kep.id} />
      {created && !done ? <Notice tone="success" title={t('kep.create.done')} /> : null}
      {done ? (
        <>
          <Notice tone="success" title={done.message} />
          {done.impact ? <ImpactSummary impact={done.impact} /> : null}
        </>
      ) : null}

      {mode === 'edit' ? (
        <>
          <h2 className="govgr-heading-m">{t('kep.edit.title')}</h2>
          <KepForm
            initial={formValuesOf(kep)}
            editing
            submitLabel={t('kep.edit.submit')}
            busy={updating.loading}
            error={updating.error}
            onSubmit={(values) => void save(values)}
            onCancel={() => setMode('view')}
          />
        </>
      ) : mode === 'suspend' || mode === 'close' ? (
        <KepStatusChange
          kep={{ id: kep.id, name: localized(kep.name) }}
          change={mode}
          onCancel={() => setMode('view')}
          onDone={(impact) => {
            setMode('view')
            setDone({
              message: t(mode === 'suspend' ? 'kep.suspend.done' : 'kep.close.done'),
              impact,
            })
          }}
        />
      ) : (
        <>
          <h2 className="govgr-heading-m">{t('kep.details')}</h2>
          <SummaryList
            rows={[
              { key: t('kep.code'), value: kep.code },
              { key: t('kep.nameEl'), value: kep.name.el },
              { key: t('kep.nameEn'), value: kep.name.en },
              { key: t('kep.municipality'), value: localized(kep.municipalityName) },
              { key: t('kep.region'), value: localized(kep.region) },
              {
                key: t('kep.address'),
                value: `${localized(kep.address)}, ${kep.postalCode} ${localized(kep.city)}`,
              },
              { key: t('kep.phone'), value: kep.phone },
              { key: t('kep.email'), value: kep.email },
              {
                key: t('keps.column.status'),
                value: (
                  <KepStatusText
                    status={kep.status}
                    from={kep.statusFrom}
                    until={kep.statusUntil}
                  />
                ),
              },
              { key: t('kep.employees'), value: kep.employeeCount },
              { key: t('kep.futureBookings'), value: kep.futureBookings },
            ]}
          />
          {administrator ? (
            <section aria-labelledby="kep-actions">
              <h2 className="govgr-heading-m" id="kep-actions">
                {t('kep.actions')}
              </h2>
              <FormErrorSummary errors={resumeErrors} />
              <div className="admin-actions">
                <Button variant="secondary" onClick={() => setMode('edit')}>
                  {t('kep.edit')}
                </Button>
                {kep.status !== 'CLOSED' ? (
                  <>
                    <Button variant="secondary" onClick={() => setMode('suspend')}>
                      {t('kep.suspend')}
                    </Button>
                    <Button variant="warning" onClick={() => setMode('close')}>
                      {t('kep.close')}
                    </Button>
                  </>
                ) : null}
                {canResume ? (
                  <Button
                    variant="secondary"
                    onClick={() => void end()}
                    disabled={resuming.loading}
                  >
                    {t('kep.resume')}
                  </Button>
                ) : null}
              </div>
            </section>
          ) : null}
        </>
      )}

      <div className="keplive-table-scroll" role="region" aria-labelledby="kep-ws" tabIndex={0}>
        <table className="data-table">
          <caption id="kep-ws">{t('kep.workstations')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('kep.workstation.column.label')}</th>
              <th scope="col">{t('kep.workstation.column.active')}</th>
              <th scope="col" className="number">
                {t('kep.workstation.column.bookings')}
              </th>
            </tr>
          </thead>
          <tbody>
            {kep.workstations.map((w) => (
              <tr key={w.id}>
                <th scope="row">{w.label}</th>
                <td>{t(w.active ? 'kep.workstation.active' : 'kep.workstation.inactive')}</td>
                <td className="number">{w.futureBookings}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <section aria-labelledby="kep-glance">
        <h2 className="govgr-heading-m" id="kep-glance">
          {t('glance.title')}
        </h2>
        <KepAtAGlance
          kepId={kep.id}
          date={
            glanceDate !== null && /^\d{4}-\d{2}-\d{2}$/.test(glanceDate)
              ? glanceDate
              : localToday()
          }
          hrefOf={(date) => `/keps/${kep.id}?${new URLSearchParams({ glance: date }).toString()}`}
          navigate={navigate}
          link={Link}
          headingLevel={3}
        />
      </section>

      <h2 className="govgr-heading-m">{t('kep.history')}</h2>
      {kep.statusHistory.length === 0 ? (
        <p>{t('kep.history.none')}</p>
      ) : (
        <div className="keplive-table-scroll" role="region" aria-labelledby="kep-hist" tabIndex={0}>
          <table className="data-table">
            <caption id="kep-hist" className="govgr-visually-hidden">
              {t('kep.history')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('kep.history.kind')}</th>
                <th scope="col">{t('kep.history.from')}</th>
                <th scope="col">{t('kep.history.until')}</th>
                <th scope="col">{t('kep.history.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {kep.statusHistory.map((p) => (
                <tr key={p.id}>
                  <th scope="row">{t(`kep.history.${p.kind}`)}</th>
                  <td>{formatLocalDate(p.from, language)}</td>
                  <td>
                    {p.until ? formatLocalDate(p.until, language) : t('kep.history.untilOpen')}
                  </td>
                  <td>{localized(p.reason)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  )
}

/** Today in Athens, YYYY-MM-DD (the server decides; this only shows or hides a button). */
function today(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Athens' }).format(new Date())
}
