import { Link } from 'wouter'
import { useT, type MessageKey } from '../../i18n'

/** One part of a section: a paragraph or a list (numbered when the order matters). */
type Block = { paragraph: MessageKey } | { list: MessageKey[]; ordered?: boolean }

interface Section {
  id: string
  title: MessageKey
  blocks: Block[]
}

const sections: Section[] = [
  {
    id: 'decision',
    title: 'muniManual.decision.title',
    blocks: [{ paragraph: 'muniManual.decision.p1' }, { paragraph: 'muniManual.decision.p2' }],
  },
  {
    id: 'training',
    title: 'muniManual.training.title',
    blocks: [
      { paragraph: 'muniManual.training.p1' },
      {
        list: [
          'muniManual.training.step1',
          'muniManual.training.step2',
          'muniManual.training.step3',
          'muniManual.training.step4',
          'muniManual.training.step5',
        ],
      },
      { paragraph: 'muniManual.training.p2' },
    ],
  },
  {
    id: 'equipment',
    title: 'muniManual.equipment.title',
    blocks: [
      {
        list: [
          'muniManual.equipment.step1',
          'muniManual.equipment.step2',
          'muniManual.equipment.step3',
          'muniManual.equipment.step4',
          'muniManual.equipment.step5',
        ],
      },
    ],
  },
  {
    id: 'roles',
    title: 'muniManual.roles.title',
    blocks: [
      {
        list: [
          'muniManual.roles.mayor',
          'muniManual.roles.contact',
          'muniManual.roles.officer',
          'muniManual.roles.manager',
          'muniManual.roles.employees',
        ],
      },
    ],
  },
  {
    id: 'services',
    title: 'muniManual.services.title',
    blocks: [
      { paragraph: 'muniManual.services.p1' },
      {
        list: [
          'muniManual.services.step1',
          'muniManual.services.step2',
          'muniManual.services.step3',
          'muniManual.services.step4',
          'muniManual.services.step5',
        ],
      },
      { paragraph: 'muniManual.services.p2' },
    ],
  },
  {
    id: 'steps',
    title: 'muniManual.steps.title',
    blocks: [
      {
        ordered: true,
        list: [
          'muniManual.steps.step1',
          'muniManual.steps.step2',
          'muniManual.steps.step3',
          'muniManual.steps.step4',
          'muniManual.steps.step5',
        ],
      },
    ],
  },
  {
    id: 'leave',
    title: 'muniManual.leave.title',
    blocks: [{ paragraph: 'muniManual.leave.p1' }, { paragraph: 'muniManual.leave.p2' }],
  },
]

/**
 * The manual for municipalities (R5.2): the preparatory steps (decision, training, equipment,
 * who does what) and the application's course, linked from every step of the application.
 */
export function MunicipalityManualPage() {
  const t = useT()
  return (
    <>
      <h1>{t('muniManual.title')}</h1>
      <p className="govgr-body">{t('muniManual.intro')}</p>
      <nav aria-labelledby="muni-manual-contents">
        <h2 className="govgr-heading-s" id="muni-manual-contents">
          {t('muniManual.contents')}
        </h2>
        <ul className="govgr-list">
          {sections.map((section) => (
            <li key={section.id}>
              <a className="govgr-link" href={`#muni-manual-${section.id}`}>
                {t(section.title)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {sections.map((section) => (
        <section key={section.id} aria-labelledby={`muni-manual-${section.id}`}>
          <h2 className="govgr-heading-m" id={`muni-manual-${section.id}`} tabIndex={-1}>
            {t(section.title)}
          </h2>
          {section.blocks.map((block, i) => {
            if ('paragraph' in block)
              return (
                <p className="govgr-body" key={i}>
                  {t(block.paragraph)}
                </p>
              )
            const items = block.list.map((key) => <li key={key}>{t(key)}</li>)
            return block.ordered ? (
              <ol className="govgr-list govgr-list--number" key={i}>
                {items}
              </ol>
            ) : (
              <ul className="govgr-list govgr-list--bullet" key={i}>
                {items}
              </ul>
            )
          })}
        </section>
      ))}
      <p>
        <Link className="govgr-link" href="/municipality">
          {t('muniManual.toForm')}
        </Link>
      </p>
    </>
  )
}
