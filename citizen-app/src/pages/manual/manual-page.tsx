import { PageHeading, useLanguage, usePageTitle } from '@keplive/ui'
import { Link } from 'wouter'
import bookingImage from '../../assets/manual/booking.svg'
import callImage from '../../assets/manual/call.svg'
import documentsImage from '../../assets/manual/documents.svg'
import emailImage from '../../assets/manual/email.svg'
import loginImage from '../../assets/manual/login.svg'
import permissionImage from '../../assets/manual/permission.svg'
import prepareImage from '../../assets/manual/prepare.svg'
import { manual as el } from '../../i18n/el/manual'
import { manual as en } from '../../i18n/en/manual'

type ManualKey = keyof typeof el

// The manual's catalogs load with this page only (a lazy route), not with the home page.
function useManualT(): (key: ManualKey) => string {
  const { language } = useLanguage()
  const messages = language === 'en' ? en : el
  return (key) => messages[key]
}

/** One part of a section: a paragraph, a numbered list of steps, or a sub-heading with its text. */
type Block =
  | { paragraph: ManualKey }
  | { steps: ManualKey[] }
  | { subsection: ManualKey; paragraphs: ManualKey[] }

interface Section {
  id: string
  title: ManualKey
  image?: { src: string; alt: ManualKey }
  blocks: Block[]
}

const sections: Section[] = [
  {
    id: 'login',
    title: 'manual.login.title',
    image: { src: loginImage, alt: 'manual.login.image' },
    blocks: [
      { paragraph: 'manual.login.p1' },
      { paragraph: 'manual.login.p2' },
      { paragraph: 'manual.login.p3' },
    ],
  },
  {
    id: 'book',
    title: 'manual.book.title',
    image: { src: bookingImage, alt: 'manual.book.image' },
    blocks: [
      { paragraph: 'manual.book.p1' },
      {
        steps: [
          'manual.book.step1',
          'manual.book.step2',
          'manual.book.step3',
          'manual.book.step4',
          'manual.book.step5',
          'manual.book.step6',
        ],
      },
    ],
  },
  {
    id: 'documents',
    title: 'manual.documents.title',
    image: { src: documentsImage, alt: 'manual.documents.image' },
    blocks: [
      { paragraph: 'manual.documents.p1' },
      { paragraph: 'manual.documents.p2' },
      { paragraph: 'manual.documents.p3' },
    ],
  },
  {
    id: 'email',
    title: 'manual.email.title',
    image: { src: emailImage, alt: 'manual.email.image' },
    blocks: [
      { paragraph: 'manual.email.p1' },
      { paragraph: 'manual.email.p2' },
      { paragraph: 'manual.email.p3' },
    ],
  },
  {
    id: 'prepare',
    title: 'manual.prepare.title',
    image: { src: prepareImage, alt: 'manual.prepare.image' },
    blocks: [
      { paragraph: 'manual.prepare.p1' },
      { paragraph: 'manual.prepare.p2' },
      { paragraph: 'manual.prepare.p3' },
    ],
  },
  {
    id: 'join',
    title: 'manual.join.title',
    blocks: [{ paragraph: 'manual.join.p1' }, { paragraph: 'manual.join.p2' }],
  },
  {
    id: 'call',
    title: 'manual.call.title',
    image: { src: callImage, alt: 'manual.call.image' },
    blocks: [
      { paragraph: 'manual.call.p1' },
      { paragraph: 'manual.call.p2' },
      { paragraph: 'manual.call.p3' },
    ],
  },
  {
    id: 'after',
    title: 'manual.after.title',
    blocks: [{ paragraph: 'manual.after.p1' }, { paragraph: 'manual.after.p2' }],
  },
  {
    id: 'change',
    title: 'manual.change.title',
    blocks: [{ paragraph: 'manual.change.p1' }, { paragraph: 'manual.change.p2' }],
  },
  {
    id: 'accessibility',
    title: 'manual.accessibility.title',
    blocks: [
      { paragraph: 'manual.accessibility.interpreter' },
      { paragraph: 'manual.accessibility.disability' },
      { paragraph: 'manual.accessibility.keyboard' },
      { paragraph: 'manual.accessibility.text' },
      { paragraph: 'manual.accessibility.readers' },
    ],
  },
  {
    id: 'troubleshooting',
    title: 'manual.trouble.title',
    image: { src: permissionImage, alt: 'manual.trouble.permission.image' },
    blocks: [
      {
        subsection: 'manual.trouble.permission.title',
        paragraphs: ['manual.trouble.permission.p1', 'manual.trouble.permission.p2'],
      },
      { subsection: 'manual.trouble.device.title', paragraphs: ['manual.trouble.device.p1'] },
      {
        subsection: 'manual.trouble.sound.title',
        paragraphs: ['manual.trouble.sound.p1', 'manual.trouble.sound.p2'],
      },
      {
        subsection: 'manual.trouble.connection.title',
        paragraphs: ['manual.trouble.connection.p1'],
      },
      { paragraph: 'manual.trouble.contact' },
    ],
  },
]

function SectionBlock({ block, t }: { block: Block; t: ReturnType<typeof useManualT> }) {
  if ('paragraph' in block) return <p className="govgr-body">{t(block.paragraph)}</p>
  if ('steps' in block) {
    return (
      <ol className="govgr-list govgr-list--number">
        {block.steps.map((key) => (
          <li key={key} className="govgr-list__item">
            {t(key)}
          </li>
        ))}
      </ol>
    )
  }
  return (
    <>
      <h3 className="govgr-heading-s">{t(block.subsection)}</h3>
      {block.paragraphs.map((key) => (
        <p key={key} className="govgr-body">
          {t(key)}
        </p>
      ))}
    </>
  )
}

/**
 * The user manual (R2.9) as a page: a table of contents with in-page links, then one section
 * per step of the service, from logging in to troubleshooting, with drawn illustrations.
 */
export function ManualPage() {
  const t = useManualT()
  usePageTitle(t('manual.title'))
  return (
    <>
      <PageHeading>{t('manual.title')}</PageHeading>
      <p className="govgr-body-l">{t('manual.lead')}</p>

      <nav className="keplive-contents" aria-labelledby="manual-contents">
        <h2 id="manual-contents" className="govgr-heading-s">
          {t('manual.contents')}
        </h2>
        <ol className="govgr-list govgr-list--number">
          {sections.map((section) => (
            <li key={section.id} className="govgr-list__item">
              <a className="govgr-link" href={`#${section.id}`}>
                {t(section.title)}
              </a>
            </li>
          ))}
        </ol>
      </nav>

      {sections.map((section, index) => (
        <section
          key={section.id}
          id={section.id}
          className="keplive-manual-section"
          aria-labelledby={`${section.id}-title`}
        >
          <h2 id={`${section.id}-title`} className="govgr-heading-m">
            {index + 1}. {t(section.title)}
          </h2>
          <div className="keplive-manual-section__body">
            {section.image ? (
              <img
                className="keplive-manual-section__image"
                src={section.image.src}
                alt={t(section.image.alt)}
                width={320}
                height={200}
              />
            ) : null}
            <div className="keplive-manual-section__text">
              {section.blocks.map((block, blockIndex) => (
                <SectionBlock key={blockIndex} block={block} t={t} />
              ))}
            </div>
          </div>
          <p className="govgr-body">
            <a className="govgr-link" href="#manual-contents">
              {t('manual.backToTop')}
            </a>
          </p>
        </section>
      ))}

      <p className="govgr-body">
        <Link className="govgr-link" href="/municipalities">
          {t('manual.municipalities')}
        </Link>
      </p>
      <Link className="govgr-btn govgr-btn-primary govgr-btn-cta" href="/book">
        {t('manual.cta')}
      </Link>
    </>
  )
}
