import './municipalities.css'
import { SummaryList, useLocalized, type SummaryRow } from '@keplive/ui'
import type { ReactNode } from 'react'
import { useT, type MessageKey } from '../../i18n'
import type { ApplicationRead, SectionName, StepName } from './application-values'

/** The application as the summary shows it. */
export interface ApplicationView extends ApplicationRead {
  municipalityName: { el: string; en: string }
  municipalityRegion: { el: string; en: string }
  reviewComments: { section: SectionName; comment: string }[]
}

export const stepOfSection: Partial<Record<SectionName, StepName>> = {
  CONTACT: 'contact',
  DECISION: 'decision',
  KEPS: 'keps',
  EMPLOYEES: 'employees',
  SERVICES: 'services',
}

/** The reviewer's comment on one section, where the officer reads (and answers) it. */
export function SectionComment({ comment }: { comment: string | undefined }) {
  const t = useT()
  if (!comment) return null
  return (
    <div className="govgr-inset-text muni-comment">
      <p className="govgr-body">
        <strong>{t('muni.step.comment')}:</strong> {comment}
      </p>
    </div>
  )
}

function Section({
  section,
  comment,
  onChange,
  children,
}: {
  section: SectionName
  comment: string | undefined
  onChange?: (step: StepName) => void
  children: ReactNode
}) {
  const t = useT()
  const step = stepOfSection[section]
  const id = `muni-summary-${section.toLowerCase()}`
  return (
    <section aria-labelledby={id} className="muni-summary-section">
      <div className="muni-summary-section__head">
        <h2 className="govgr-heading-m" id={id} tabIndex={-1}>
          {t(`muni.section.${section}`)}
        </h2>
        {onChange && step ? (
          <button
            type="button"
            id={`muni-change-${step}`}
            className="govgr-btn-link"
            onClick={() => onChange(step)}
          >
            {t('muni.changeSection', { section: t(`muni.section.${section}`) })}
          </button>
        ) : null}
      </div>
      <SectionComment comment={comment} />
      {children}
    </section>
  )
}

/**
 * Everything in an application, section by section (the check-your-answers page, the submitted
 * application, the ministry's review): with `onChange`, each section has its "Change" action;
 * the reviewer's comments show under the section they are about.
 */
export function ApplicationSummary({
  application,
  existingKeps,
  onChange,
}: {
  application: ApplicationView
  /** The municipality's existing KEPs, to name those the application picks. */
  existingKeps: { id: string; name: { el: string; en: string } }[]
  onChange?: (step: StepName) => void
}) {
  const t = useT()
  const localized = useLocalized()
  const none = t('muni.summary.none')
  const text = (value: string | null | undefined) => (value ? value : none)
  const commentOf = (section: SectionName) =>
    application.reviewComments.find((c) => c.section === section)?.comment
  const bilingual = (el: string, en: string) => (
    <>
      {text(el)}
      <br />
      <span className="muni-secondary" lang="en">
        {en ? en : none}
      </span>
    </>
  )
  const kepName = (key: string) => {
    const kep = application.keps.find((k) => k.key === key)
    if (!kep) return key
    const existing = existingKeps.find((k) => k.id === kep.existingKepId)
    return existing ? localized(existing.name) : localized({ el: kep.nameEl, en: kep.nameEn })
  }
  const list = (items: string[]) =>
    items.length === 0 ? (
      t('muni.summary.emptyList')
    ) : (
      <ul className="govgr-list govgr-list--bullet">
        {items.map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </ul>
    )

  return (
    <>
      <Section section="MUNICIPALITY" comment={commentOf('MUNICIPALITY')}>
        <SummaryList
          rows={[
            {
              key: t('muni.summary.municipality'),
              value: localized(application.municipalityName),
            },
            { key: t('muni.summary.region'), value: localized(application.municipalityRegion) },
          ]}
        />
      </Section>
      <Section section="CONTACT" comment={commentOf('CONTACT')} onChange={onChange}>
        <SummaryList
          rows={[
            { key: t('muni.contact.name'), value: text(application.contact?.name) },
            { key: t('muni.contact.email'), value: text(application.contact?.email) },
            { key: t('muni.contact.phone'), value: text(application.contact?.phone) },
          ]}
        />
      </Section>
      <Section section="DECISION" comment={commentOf('DECISION')} onChange={onChange}>
        <SummaryList
          rows={[
            { key: t('muni.decision.number'), value: text(application.decisionNumber) },
            { key: t('muni.decision.date'), value: text(application.decisionDate) },
          ]}
        />
      </Section>
      <Section section="KEPS" comment={commentOf('KEPS')} onChange={onChange}>
        {application.keps.length === 0 ? <p className="govgr-body">{none}</p> : null}
        {application.keps.map((kep, i) => {
          const existing = existingKeps.find((k) => k.id === kep.existingKepId)
          const rows: SummaryRow[] = existing
            ? [{ key: t('muni.summary.existingKep'), value: localized(existing.name) }]
            : [
                { key: t('muni.summary.name'), value: bilingual(kep.nameEl, kep.nameEn) },
                {
                  key: t('muni.summary.address'),
                  value: bilingual(
                    `${kep.addressEl}, ${kep.postalCode} ${kep.cityEl}`,
                    `${kep.addressEn}, ${kep.postalCode} ${kep.cityEn}`,
                  ),
                },
                {
                  key: t('muni.summary.contactDetails'),
                  value: `${text(kep.phone)} · ${text(kep.email)}`,
                },
                {
                  key: t('muni.kep.hours'),
                  value: (
                    <ul className="govgr-list">
                      {[1, 2, 3, 4, 5, 6, 7].map((weekday) => {
                        const day = kep.hours.find((h) => h.weekday === weekday)
                        return (
                          <li key={weekday}>
                            {t(`muni.weekday.${weekday}` as MessageKey)}:{' '}
                            {day ? `${day.opens}–${day.closes}` : t('muni.summary.closed')}
                          </li>
                        )
                      })}
                    </ul>
                  ),
                },
              ]
          return (
            <div key={kep.key}>
              <h3 className="govgr-heading-s">{t('muni.kep.legend', { n: i + 1 })}</h3>
              <SummaryList rows={rows} />
            </div>
          )
        })}
      </Section>
      <Section section="EMPLOYEES" comment={commentOf('EMPLOYEES')} onChange={onChange}>
        {application.employees.length === 0 ? <p className="govgr-body">{none}</p> : null}
        {application.employees.map((employee, i) => (
          <div key={i}>
            <h3 className="govgr-heading-s">{t('muni.employee.legend', { n: i + 1 })}</h3>
            <SummaryList
              rows={[
                { key: t('muni.employee.fullName'), value: text(employee.fullName) },
                { key: t('muni.summary.taxId'), value: text(employee.taxId) },
                { key: t('muni.employee.email'), value: text(employee.email) },
                { key: t('muni.summary.kep'), value: kepName(employee.kepKey) },
              ]}
            />
          </div>
        ))}
      </Section>
      <Section section="SERVICES" comment={commentOf('SERVICES')} onChange={onChange}>
        {application.services.length === 0 ? <p className="govgr-body">{none}</p> : null}
        {application.services.map((service, i) => (
          <div key={i}>
            <h3 className="govgr-heading-s">{t('muni.service.legend', { n: i + 1 })}</h3>
            <SummaryList
              rows={[
                {
                  key: t('muni.summary.title'),
                  value: bilingual(service.titleEl, service.titleEn),
                },
                {
                  key: t('muni.summary.description'),
                  value: bilingual(service.descriptionEl, service.descriptionEn),
                },
                {
                  key: t('muni.summary.documents'),
                  value: (
                    <>
                      {list(service.requiredDocumentsEl)}
                      <span className="muni-secondary">{t('muni.summary.english')}:</span>
                      {list(service.requiredDocumentsEn)}
                    </>
                  ),
                },
                {
                  key: t('muni.summary.form'),
                  value: service.formUrl ? (
                    <a className="govgr-link" href={service.formUrl} rel="noreferrer noopener">
                      {service.formUrl}
                    </a>
                  ) : (
                    none
                  ),
                },
                {
                  key: t('muni.summary.pickUp'),
                  value: t(service.pickUpAtKep ? 'muni.summary.yes' : 'muni.summary.no'),
                },
              ]}
            />
          </div>
        ))}
      </Section>
    </>
  )
}

/**
 * Where a whole-application refusal's field (`input.services[0].titleEl`, `decisionDate`…)
 * is answered: the "Change" action of its section on the summary, or the section's heading.
 */
export function summaryTargetOf(path: string): string {
  const field = path.replace(/^input\./, '')
  const step = (['contact', 'keps', 'employees', 'services'] as const).find((s) =>
    field.startsWith(s),
  )
  if (step) return `muni-change-${step}`
  if (field.startsWith('decision')) return 'muni-change-decision'
  return 'muni-summary-municipality'
}
