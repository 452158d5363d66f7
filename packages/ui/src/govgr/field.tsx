import {
  useId,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react'
import { useT } from '../i18n/i18n'

interface FieldFrame {
  label: ReactNode
  hint?: ReactNode
  /** The message shown under the label when the value is refused. */
  error?: string
  /** Bigger label, e.g. when the field is the page's one question. */
  labelClassName?: string
}

function describedBy(...ids: unknown[]): string | undefined {
  const present = ids.filter((id): id is string => typeof id === 'string' && id !== '')
  return present.length ? present.join(' ') : undefined
}

/** The hint and error lines of a field; the error starts with a spoken "Error:". */
function FieldNotes({
  hint,
  hintId,
  error,
  errorId,
}: {
  hint?: ReactNode
  hintId: string
  error?: string
  errorId: string
}) {
  const t = useT()
  return (
    <>
      {hint ? (
        <div id={hintId} className="govgr-hint">
          {hint}
        </div>
      ) : null}
      {error ? (
        <p id={errorId} className="govgr-error-message">
          <span className="govgr-visually-hidden">{t('ui.error.prefix')} </span>
          {error}
        </p>
      ) : null}
    </>
  )
}

export type TextFieldProps = FieldFrame & InputHTMLAttributes<HTMLInputElement>

/** What a field gives its control so that the label, hint and error are read with it. */
interface ControlProps {
  id: string
  'aria-invalid': true | undefined
  'aria-describedby': string | undefined
}

/** The frame every field shares: label, hint, error, and the control tied to them. */
function LabelledField({
  id,
  label,
  hint,
  error,
  labelClassName,
  children,
}: FieldFrame & { id: string | undefined; children: (control: ControlProps) => ReactNode }) {
  const fallbackId = useId()
  const inputId = id ?? fallbackId
  return (
    <div className={error ? 'govgr-field govgr-field__error' : 'govgr-field'}>
      <label className={labelClassName ?? 'govgr-label'} htmlFor={inputId}>
        {label}
      </label>
      <FieldNotes
        hint={hint}
        hintId={`${inputId}-hint`}
        error={error}
        errorId={`${inputId}-error`}
      />
      {children({
        id: inputId,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy(hint && `${inputId}-hint`, error && `${inputId}-error`),
      })}
    </div>
  )
}

/** A labelled text input with its hint and error, tied together for screen readers. */
export function TextField({
  label,
  hint,
  error,
  labelClassName,
  id,
  className,
  ...input
}: TextFieldProps) {
  return (
    <LabelledField id={id} label={label} hint={hint} error={error} labelClassName={labelClassName}>
      {(control) => (
        <input
          {...control}
          className={`govgr-input${error ? ' govgr-error-input' : ''}${className ? ` ${className}` : ''}`}
          {...input}
        />
      )}
    </LabelledField>
  )
}

export type TextAreaProps = FieldFrame & TextareaHTMLAttributes<HTMLTextAreaElement>

export function TextArea({ label, hint, error, labelClassName, id, ...textarea }: TextAreaProps) {
  return (
    <LabelledField id={id} label={label} hint={hint} error={error} labelClassName={labelClassName}>
      {(control) => (
        <textarea
          {...control}
          className={`govgr-textarea${error ? ' govgr-error-input' : ''}`}
          {...textarea}
        />
      )}
    </LabelledField>
  )
}

export interface SelectFieldProps
  extends FieldFrame, Omit<SelectHTMLAttributes<HTMLSelectElement>, 'children'> {
  options: { value: string; label: string }[]
}

export function SelectField({
  label,
  hint,
  error,
  labelClassName,
  id,
  options,
  ...select
}: SelectFieldProps) {
  return (
    <LabelledField id={id} label={label} hint={hint} error={error} labelClassName={labelClassName}>
      {(control) => (
        <select {...control} className="govgr-select" {...select}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </LabelledField>
  )
}
