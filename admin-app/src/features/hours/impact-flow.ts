import { apiErrorOf } from '@keplive/api'
import { useState } from 'react'
import type { UncoveredChoice } from '@keplive/kep-admin'
import type { HoursImpactFragment } from '../../gql/graphql'

export interface ImpactRequest {
  apply: boolean
  token?: string
  uncovered: UncoveredChoice
}

type Step =
  | { step: 'edit' }
  | { step: 'confirm'; impact: HoursImpactFragment }
  | { step: 'done'; impact: HoursImpactFragment }

/**
 * A change that can touch future bookings, as the admin app makes it: a preview (nothing
 * written), the confirmation step showing it, then the apply with the preview's token. When the
 * world changed in between (STALE_PREVIEW) the new preview is shown with the refusal, to confirm
 * again.
 */
export function useImpactFlow(run: (impact: ImpactRequest) => Promise<HoursImpactFragment>) {
  const [uncovered, setUncovered] = useState<UncoveredChoice>('KEEP')
  const [state, setState] = useState<Step>({ step: 'edit' })
  const [error, setError] = useState<unknown>()
  const [busy, setBusy] = useState(false)

  const preview = async () => {
    setBusy(true)
    setError(undefined)
    try {
      setState({ step: 'confirm', impact: await run({ apply: false, uncovered }) })
    } catch (err) {
      setError(err)
      setState({ step: 'edit' })
    } finally {
      setBusy(false)
    }
  }

  const confirm = async () => {
    if (state.step !== 'confirm') return
    setBusy(true)
    setError(undefined)
    try {
      const impact = await run({ apply: true, token: state.impact.token, uncovered })
      setState({ step: 'done', impact })
    } catch (err) {
      setError(err)
      if (apiErrorOf(err)?.code === 'STALE_PREVIEW') {
        try {
          setState({ step: 'confirm', impact: await run({ apply: false, uncovered }) })
        } catch (again) {
          setError(again)
          setState({ step: 'edit' })
        }
      }
    } finally {
      setBusy(false)
    }
  }

  return {
    state,
    error,
    busy,
    uncovered,
    setUncovered: (choice: UncoveredChoice) => {
      setUncovered(choice)
      setState({ step: 'edit' })
    },
    preview,
    confirm,
    cancel: () => setState({ step: 'edit' }),
    reset: () => {
      setError(undefined)
      setState({ step: 'edit' })
    },
  }
}
