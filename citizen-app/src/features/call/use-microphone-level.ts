import { watchMicrophoneLevel } from '@keplive/call'
import { useEffect, useState } from 'react'

/** The microphone's loudness (0–1) while `stream` is given, e.g. in the waiting room. */
export function useMicrophoneLevel(stream: MediaStream | null): number {
  const [level, setLevel] = useState(0)
  const hasAudio = (stream?.getAudioTracks().length ?? 0) > 0
  useEffect(() => {
    if (!stream || !hasAudio) return
    return watchMicrophoneLevel(stream, setLevel)
  }, [stream, hasAudio])
  return level
}
