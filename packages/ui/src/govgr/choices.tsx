import { useId, type ReactNode } from 'react'
import { useT } from '../i18n/i18n'

export interface Choice<V extends string> {
  value: V
  label: ReactNode
  hint?: ReactNode
}

interface ChoiceGroupFrame {
  /** The question; with `legendIsHeading` it is the page's `<h1>` (one question per page). */
  legend: ReactNode
  legendIsHeading?: boolean
  hint?: ReactNode
  error?: string
  /** The id the error summary links to: the first input of the group gets it. */
  id?: string
}

function Legend({ legend, legendIsHeading }: Pick<ChoiceGroupFrame, 'legend' | 'legendIsHeading'>) {
  return legendIsHeading ? (
    <legend className="govgr-fieldset__legend govgr-heading-l">
      <h1 className="govgr-heading-l" tabIndex={-1} data-step-heading="">
        {legend}
      </h1>
    </legend>
  ) : (
    <legend className="govgr-fieldset__legend govgr-heading-s">{legend}</legend>
  )
}

function GroupNotes({ id, hint, error }: { id: string; hint?: ReactNode; error?: string }) {
  const t = useT()
  return (
    <>
      {hint ? (
        <div id={`${id}-hint`} className="govgr-hint">
          {hint}
        </div>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="govgr-error-message">
          <span className="govgr-visually-hidden">{t('ui.error.prefix')} </span>
          {error}
        </p>
      ) : null}
    </>
  )
}

export interface RadiosProps<V extends string> extends ChoiceGroupFrame {
  name: string
  choices: Choice<V>[]
  value: V | undefined
  onChange: (value: V) => void
}

/** One question with one answer: a fieldset of GOV.GR radio buttons. */
export function Radios<V extends string>({
  name,
  choices,
  value,
  onChange,
  legend,
  legendIsHeading,
  hint,
  error,
  id,
}: RadiosProps<V>) {
  const fallbackId = useId()
  const groupId = id ?? fallbackId
  const described = [hint && `${groupId}-hint`, error && `${groupId}-error`]
    .filter(Boolean)
    .join(' ')
  return (
    <div className={error ? 'govgr-field govgr-field__error' : 'govgr-field'}>
      <fieldset className="govgr-fieldset" aria-describedby={described || undefined}>
        <Legend legend={legend} legendIsHeading={legendIsHeading} />
        <GroupNotes id={groupId} hint={hint} error={error} />
        <div className="govgr-radios">
          {choices.map((choice, index) => {
            const inputId = index === 0 ? groupId : `${groupId}-${index}`
            return (
              <div className="govgr-radios__item" key={choice.value}>
                <label className="govgr-radios__label" htmlFor={inputId}>
                  {choice.label}
                  <input
                    className="govgr-radios__input"
                    type="radio"
                    id={inputId}
                    name={name}
                    value={choice.value}
                    checked={value === choice.value}
                    onChange={() => onChange(choice.value)}
                    aria-describedby={choice.hint ? `${inputId}-hint` : undefined}
                  />
                </label>
                {choice.hint ? (
                  <div id={`${inputId}-hint`} className="govgr-hint">
                    {choice.hint}
                  </div>
                ) : null}
              </div>
            )
          })}
        </div>
      </fieldset>
    </div>
  )
}

export interface CheckboxesProps<V extends string> extends ChoiceGroupFrame {
  name: string
  choices: Choice<V>[]
  values: readonly V[]
  onChange: (values: V[]) => void
}

/** One question with any number of answers. */
export function Checkboxes<V extends string>({
  name,
  choices,
  values,
  onChange,
  legend,
  legendIsHeading,
  hint,
  error,
  id,
}: CheckboxesProps<V>) {
  const fallbackId = useId()
  const groupId = id ?? fallbackId
  const described = [hint && `${groupId}-hint`, error && `${groupId}-error`]
    .filter(Boolean)
    .join(' ')
  const toggle = (choice: V, on: boolean) =>
    onChange(on ? [...values, choice] : values.filter((value) => value !== choice))
  return (
    <div className={error ? 'govgr-field govgr-field__error' : 'govgr-field'}>
      <fieldset className="govgr-fieldset" aria-describedby={described || undefined}>
        <Legend legend={legend} legendIsHeading={legendIsHeading} />
        <GroupNotes id={groupId} hint={hint} error={error} />
        <div className="govgr-checkboxes">
          {choices.map((choice, index) => {
            const inputId = index === 0 ? groupId : `${groupId}-${index}`
            return (
              <div className="govgr-checkboxes__item" key={choice.value}>
                <label className="govgr-checkboxes__label" htmlFor={inputId}>
                  {choice.label}
                  <input
                    className="govgr-checkboxes__input"
                    type="checkbox"
                    id={inputId}
                    name={name}
                    value={choice.value}
                    checked={values.includes(choice.value)}
                    onChange={(event) => toggle(choice.value, event.target.checked)}
                    aria-describedby={choice.hint ? `${inputId}-hint` : undefined}
                  />
                </label>
                {choice.hint ? (
                  <div id={`${inputId}-hint`} className="govgr-hint">
                    {choice.hint}
                  </div>
                ) : null}
              </div>
            )
          })}
        </div>
      </fieldset>
    </div>
  )
}
