import { Checkboxes, TextArea } from '@keplive/ui'
import { useT } from '../../i18n'

/** The special requirements a booking carries (R2.8): sign language, lip-reading, other. */
export interface SpecialNeeds {
  signLanguage: boolean
  lipReading: boolean
  otherNeeds: boolean
  otherText: string
}

/**
 * The special-requirements question and, with "other", its text: the same fields when booking
 * (the details step) and when changing an upcoming booking (issue 16 item 5).
 */
export function SpecialNeedsFields({
  value,
  onChange,
  errorOf,
  needsError,
}: {
  value: SpecialNeeds
  onChange: (change: Partial<SpecialNeeds>) => void
  /** The message of the other-text field, if any. */
  errorOf: (field: 'otherText') => string | undefined
  /** The message of the question as a whole, if any. */
  needsError?: string
}) {
  const t = useT()
  const needs = [
    ...(value.signLanguage ? (['signLanguage'] as const) : []),
    ...(value.lipReading ? (['lipReading'] as const) : []),
    ...(value.otherNeeds ? (['other'] as const) : []),
  ]
  return (
    <>
      <Checkboxes
        id="needs"
        name="needs"
        legend={t('booking.details.needs.question')}
        hint={t('booking.details.needs.hint')}
        values={needs}
        error={needsError}
        onChange={(values) =>
          onChange({
            signLanguage: values.includes('signLanguage'),
            lipReading: values.includes('lipReading'),
            otherNeeds: values.includes('other'),
          })
        }
        choices={[
          {
            value: 'signLanguage',
            label: t('booking.details.needs.signLanguage'),
            hint: t('booking.details.needs.signLanguageHint'),
          },
          { value: 'lipReading', label: t('booking.details.needs.lipReading') },
          { value: 'other', label: t('booking.details.needs.other') },
        ]}
      />
      {value.otherNeeds ? (
        <div className="govgr-checkboxes__conditional keplive-conditional">
          <TextArea
            id="otherText"
            label={t('booking.details.otherText')}
            rows={3}
            value={value.otherText}
            onChange={(event) => onChange({ otherText: event.target.value })}
            error={errorOf('otherText')}
          />
        </div>
      ) : null}
    </>
  )
}
