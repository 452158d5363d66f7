import { useQuery } from '@apollo/client/react'
import {
  formatDateTime,
  Loading,
  SummaryList,
  useLanguage,
  useLocalized,
  WarningText,
} from '@keplive/ui'
import { graphql } from '../../gql'
import type { BookingDetails_BookingFragment } from '../../gql/graphql'
import { useT } from '../../i18n'

/** What a booking's page and the call console show of it (issue 14 item 3). */
export const bookingDetailsFragment = graphql(`
  fragment BookingDetails_booking on Booking {
    id
    reference
    startsAt
    fullName
    email
    phone
    postalAddress
    deliveryMethod
    business {
      name
      taxId
      representation
    }
    procedure {
      id
      code
      title {
        el
        en
      }
      requiredDocuments {
        el
        en
      }
    }
    category {
      id
      code
      name {
        el
        en
      }
    }
    specialRequirements {
      signLanguage
      lipReading
      other
    }
    documents {
      id
      fileName
      mimeType
      sizeBytes
    }
  }
`)

export const consoleBookingQuery = graphql(`
  query ConsoleBooking($id: ID!) {
    booking(id: $id) {
      ...BookingDetails_booking
      status
      endsAt
      callOpensAt
      callClosesAt
      submission {
        protocolNumber
        filedDescription
        deliveryMethod
        notes
        recordedAt
      }
    }
  }
`)

/** The booking beside the video: who, what for, the special requirements, the documents. */
export function BookingDetails({
  bookingId,
  nested = false,
}: {
  bookingId: string
  nested?: boolean
}) {
  const { data, loading } = useQuery(consoleBookingQuery, { variables: { id: bookingId } })
  if (loading && !data) return <Loading />
  const booking = data?.booking
  if (!booking) return null
  return <BookingDetailsView booking={booking} nested={nested} />
}

/**
 * A booking's details and documents, as the console and the booking's page show them; inside the
 * console's "request" step its headings are one level down.
 */
export function BookingDetailsView({
  booking,
  nested = false,
}: {
  booking: BookingDetails_BookingFragment
  nested?: boolean
}) {
  const Title = nested ? 'h3' : 'h2'
  const Subtitle = nested ? 'h4' : 'h3'
  const t = useT()
  const { language } = useLanguage()
  const localized = useLocalized()
  const needs = [
    booking.specialRequirements.signLanguage ? t('console.needs.signLanguage') : null,
    booking.specialRequirements.lipReading ? t('console.needs.lipReading') : null,
    booking.specialRequirements.other,
  ].filter(Boolean)
  return (
    <section aria-labelledby="booking-details-title">
      <Title id="booking-details-title">{t('console.booking.title')}</Title>
      {booking.business?.representation === 'TO_CHECK' ? (
        // issue 19 item 6: the registry could not be asked when the citizen booked
        <WarningText>{t('console.booking.representationToCheck')}</WarningText>
      ) : null}
      <SummaryList
        rows={[
          { key: t('console.booking.reference'), value: booking.reference },
          { key: t('console.booking.when'), value: formatDateTime(booking.startsAt, language) },
          { key: t('console.booking.name'), value: booking.fullName },
          ...(booking.business
            ? [
                {
                  key: t('console.booking.business'),
                  value: `${booking.business.name} (${booking.business.taxId})`,
                },
                {
                  key: t('console.booking.representation'),
                  value: t(
                    booking.business.representation === 'VERIFIED'
                      ? 'console.booking.representationVerified'
                      : 'console.booking.representationPending',
                  ),
                },
              ]
            : []),
          { key: t('console.booking.procedure'), value: localized(booking.procedure.title) },
          { key: t('console.booking.category'), value: localized(booking.category.name) },
          { key: t('console.booking.email'), value: booking.email },
          { key: t('console.booking.phone'), value: booking.phone },
          { key: t('console.booking.address'), value: booking.postalAddress },
          {
            key: t('console.booking.delivery'),
            value: t(`console.delivery.${booking.deliveryMethod}`),
          },
          {
            key: t('console.booking.needs'),
            value: needs.length ? needs.join(' · ') : t('console.booking.noNeeds'),
          },
        ]}
      />
      <Subtitle>{t('console.documents.title')}</Subtitle>
      {booking.documents.length === 0 ? (
        <p>{t('console.documents.none')}</p>
      ) : (
        <ul className="govgr-list" data-testid="booking-documents">
          {booking.documents.map((d) => (
            <li key={d.id}>
              <a className="govgr-link" href={`/documents/${d.id}`} download={d.fileName}>
                {t('console.documents.download', {
                  name: d.fileName,
                  size: Math.max(1, Math.round(d.sizeBytes / 1024)),
                })}
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
