import { TextArea, TextField } from '@keplive/ui'

/** How the citizen is reached (R2.2 b–d): the booking's details, its later correction, My data. */
export interface ContactValues {
  email: string
  phone: string
  postalAddress: string
}

/** The fields' texts, each form's own (the booking form says more than a correction needs). */
export interface ContactLabels {
  email: string
  emailHint?: string
  phone: string
  phoneHint: string
  postalAddress: string
  postalAddressHint?: string
}

/**
 * The three contact fields, as every form of the citizen app asks them: the same ids (the error
 * summary's links), types, keyboards and autofill hints, so a correction reads like the booking.
 */
export function ContactFields({
  values,
  labels,
  onChange,
  errorOf,
}: {
  values: ContactValues
  labels: ContactLabels
  onChange: (change: Partial<ContactValues>) => void
  errorOf: (field: keyof ContactValues) => string | undefined
}) {
  return (
    <>
      <TextField
        id="email"
        label={labels.email}
        hint={labels.emailHint}
        type="email"
        inputMode="email"
        autoComplete="email"
        spellCheck={false}
        value={values.email}
        onChange={(event) => onChange({ email: event.target.value })}
        error={errorOf('email')}
      />
      <TextField
        id="phone"
        label={labels.phone}
        hint={labels.phoneHint}
        type="tel"
        inputMode="tel"
        autoComplete="tel"
        className="govgr-input--width-20"
        value={values.phone}
        onChange={(event) => onChange({ phone: event.target.value })}
        error={errorOf('phone')}
      />
      <TextArea
        id="postalAddress"
        label={labels.postalAddress}
        hint={labels.postalAddressHint}
        autoComplete="street-address"
        rows={3}
        value={values.postalAddress}
        onChange={(event) => onChange({ postalAddress: event.target.value })}
        error={errorOf('postalAddress')}
      />
    </>
  )
}
