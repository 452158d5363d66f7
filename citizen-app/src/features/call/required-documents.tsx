import { useLocalized } from '@keplive/ui'
import type { ProcedureDocumentKind } from '../../gql/graphql'
import { useT } from '../../i18n'

/** A document a procedure needs, as the API lists it (Procedure.documents). */
export interface ProcedureDocumentItem {
  kind: ProcedureDocumentKind
  name: { el: string; en: string }
}

/**
 * What is shown to the camera or kept at hand: the procedure's own identity document when it
 * names one (e.g. "of the legal representative"), else the general line — never both.
 */
function useShownItems(documents: readonly ProcedureDocumentItem[]): string[] {
  const t = useT()
  const localized = useLocalized()
  const identity = documents.filter((d) => d.kind === 'IDENTITY').map((d) => localized(d.name))
  return [
    ...(identity.length > 0 ? identity : [t('call.atHand.identity')]),
    ...documents.filter((d) => d.kind === 'SHOW').map((d) => localized(d.name)),
  ]
}

/** R6.1: what to have at hand for the call — the identity document once, and the procedure's own. */
export function RequiredDocuments({
  documents,
  title,
}: {
  documents: readonly ProcedureDocumentItem[]
  /** The section's heading; by default "Να έχετε μαζί σας". */
  title?: string
}) {
  const t = useT()
  const localized = useLocalized()
  const items = [
    ...useShownItems(documents),
    ...documents.filter((d) => d.kind === 'UPLOAD').map((d) => localized(d.name)),
  ]
  return (
    <section aria-labelledby="at-hand-title">
      <h2 id="at-hand-title" className="govgr-heading-m">
        {title ?? t('call.atHand.title')}
      </h2>
      <ul className="govgr-list govgr-list--bullet">
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </section>
  )
}

/**
 * Issue 16 item 2: a procedure's documents named before booking, split by how they are given —
 * uploaded with the booking, or shown to the camera in the call.
 */
export function DocumentsByKind({
  documents,
  id,
}: {
  documents: readonly ProcedureDocumentItem[]
  /** Prefix of the two lists' ids, for their labels. */
  id: string
}) {
  const t = useT()
  const localized = useLocalized()
  const uploads = documents.filter((d) => d.kind === 'UPLOAD').map((d) => localized(d.name))
  const shown = useShownItems(documents)
  return (
    <div className="keplive-named-documents">
      {uploads.length > 0 ? (
        <>
          <p id={`${id}-upload`} className="govgr-body keplive-named-documents__label">
            {t('booking.documents.toUpload')}
          </p>
          <ul className="govgr-list govgr-list--bullet" aria-labelledby={`${id}-upload`}>
            {uploads.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </>
      ) : null}
      <p id={`${id}-show`} className="govgr-body keplive-named-documents__label">
        {t('booking.documents.toShow')}
      </p>
      <ul className="govgr-list govgr-list--bullet" aria-labelledby={`${id}-show`}>
        {shown.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </div>
  )
}
