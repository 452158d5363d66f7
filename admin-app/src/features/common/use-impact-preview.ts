import { useState, type FormEvent } from 'react'
import { apiErrorOf } from '@keplive/api'

/**
 * The impact preview, then apply (ARCHITECTURE "Operators' changes"), as a form runs it:
 * `run(false)` previews, `run(true, token)` applies what was previewed. When the world changed
 * since (STALE_PREVIEW), the new preview is shown to confirm again, with `stale` set.
 */
export function useImpactPreview<Impact extends { token: string }>(
  run: (apply: boolean, token?: string) => Promise<Impact | undefined>,
  onDone: (impact: Impact) => void,
) {
  const [preview, setPreview] = useState<Impact>()
  const [stale, setStale] = useState(false)

  const previewAgain = async () => {
    try {
      setPreview(await run(false))
    } catch {
      setPreview(undefined)
    }
  }

  const previewIt = async (event?: FormEvent) => {
    event?.preventDefault()
    setStale(false)
    await previewAgain()
  }

  const confirm = async () => {
    if (!preview) return
    try {
      const done = await run(true, preview.token)
      if (done) onDone(done)
    } catch (error) {
      if (apiErrorOf(error)?.code === 'STALE_PREVIEW') {
        setStale(true)
        await previewAgain()
      }
    }
  }

  /** Back to the form, the preview dropped. */
  const back = () => {
    setPreview(undefined)
    setStale(false)
  }

  return { preview, stale, previewIt, confirm, back }
}
