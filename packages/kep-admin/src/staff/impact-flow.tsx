import { apiErrorOf } from '@keplive/api'
import { ConfirmStep, Notice } from '@keplive/ui'
import { useState, type ReactNode } from 'react'
import { FormErrorSummary, useFormErrors } from '../common/form-errors'
import {
  ImpactSummary,
  UncoveredChoiceRadios,
  type UncoveredChoice,
} from '../common/impact-summary'
import type { EmployeeImpact_ImpactFragment } from '../gql/graphql'
import { useT } from '../i18n'

export interface ImpactArgument {
  apply: boolean
  token?: string | null
  uncovered: UncoveredChoice
}

/**
 * Preview, then apply (ARCHITECTURE "Impact preview, then apply"): `run(impact)` calls the
 * mutation with the impact argument and returns its impact. `preview()` asks for the preview
 * and opens the confirmation step; changing the choice for uncovered bookings previews again;
 * confirming applies with the preview's token (STALE_PREVIEW: previews again and says so).
 */
export function useImpactFlow(
  run: (impact: ImpactArgument) => Promise<EmployeeImpact_ImpactFragment>,
) {
  const [uncovered, setUncovered] = useState<UncoveredChoice>('KEEP')
  const [previewed, setPreviewed] = useState<EmployeeImpact_ImpactFragment | undefined>()
  const [error, setError] = useState<unknown>()
  const [stale, setStale] = useState(false)
  const [busy, setBusy] = useState(false)
  const [done, setDone] = useState<EmployeeImpact_ImpactFragment | undefined>()

  const preview = async (choice = uncovered) => {
    setBusy(true)
    setError(undefined)
    try {
      setPreviewed(await run({ apply: false, token: null, uncovered: choice }))
      setDone(undefined)
      return true
    } catch (err) {
      setError(err)
      setPreviewed(undefined)
      return false
    } finally {
      setBusy(false)
    }
  }
  const apply = async () => {
    if (!previewed) return false
    setBusy(true)
    setError(undefined)
    setStale(false)
    try {
      const impact = await run({ apply: true, token: previewed.token, uncovered })
      setPreviewed(undefined)
      setDone(impact)
      return true
    } catch (err) {
      if (apiErrorOf(err)?.code === 'STALE_PREVIEW') {
        setStale(true)
        setBusy(false)
        await preview()
        return false
      }
      setError(err)
      return false
    } finally {
      setBusy(false)
    }
  }
  const choose = (choice: UncoveredChoice) => {
    setUncovered(choice)
    void preview(choice)
  }
  const cancel = () => {
    setPreviewed(undefined)
    setError(undefined)
    setStale(false)
  }
  return { uncovered, choose, previewed, error, stale, busy, done, preview, apply, cancel }
}

export type ImpactFlow = ReturnType<typeof useImpactFlow>

/** The confirmation step of a flow: what changes, its impact preview, the choice, confirm. */
export function ImpactConfirm({
  flow,
  title,
  summary,
  warning,
  fieldIds,
  tone = 'warning',
}: {
  flow: ImpactFlow
  title: string
  summary?: ReactNode
  warning?: string
  fieldIds: Record<string, string>
  tone?: 'primary' | 'warning'
}) {
  const t = useT()
  const errors = useFormErrors(flow.error, fieldIds)
  if (!flow.previewed) return null
  return (
    <ConfirmStep
      title={title}
      summary={summary}
      tone={tone}
      warning={warning}
      busy={flow.busy}
      error={
        <>
          {flow.stale ? <Notice tone="alert" title={t('employee.stale')} /> : null}
          <FormErrorSummary errors={errors} />
        </>
      }
      impact={
        <>
          <ImpactSummary impact={flow.previewed} />
          <UncoveredChoiceRadios value={flow.uncovered} onChange={flow.choose} />
        </>
      }
      onConfirm={() => void flow.apply()}
      onCancel={flow.cancel}
    />
  )
}
