import {
  listDevices,
  openMedia,
  stopMedia,
  watchMicrophoneLevel,
  type DeviceChoice,
  type DeviceLists,
  type MediaAccess,
} from '@keplive/call'
import { useCallback, useEffect, useRef, useState } from 'react'

export interface DeviceCheckState {
  /** null while the browser is asked. */
  access: MediaAccess | null
  devices: DeviceLists
  choice: DeviceChoice & { speakerId?: string }
  choose(choice: Partial<DeviceChoice & { speakerId?: string }>): void
  retry(): void
  /** The microphone's loudness, 0–1. */
  level: number
  /** The stream goes on into the call: the check no longer stops it when the page closes. */
  handOver(): MediaStream | null
}

const noDevices: DeviceLists = { cameras: [], microphones: [], speakers: [] }

/**
 * The camera and microphone for the device check and then the call: opens them (again on
 * another choice or a retry), lists the devices, and measures the microphone's level.
 */
export function useDeviceCheck(): DeviceCheckState {
  const [access, setAccess] = useState<MediaAccess | null>(null)
  const [devices, setDevices] = useState<DeviceLists>(noDevices)
  const [choice, setChoice] = useState<DeviceChoice & { speakerId?: string }>({})
  const [attempt, setAttempt] = useState(0)
  const [level, setLevel] = useState(0)
  const current = useRef<MediaStream | null>(null)
  const handedOver = useRef(false)
  const [checking, setChecking] = useState(true)

  const { cameraId, microphoneId } = choice
  useEffect(() => {
    let cancelled = false
    setAccess(null)
    void openMedia({ cameraId, microphoneId }).then(async (opened) => {
      if (cancelled) {
        if (opened.ok) stopMedia(opened.stream)
        return
      }
      stopMedia(current.current)
      current.current = opened.ok ? opened.stream : null
      setAccess(opened)
      setDevices(await listDevices())
    })
    return () => {
      cancelled = true
    }
  }, [cameraId, microphoneId, attempt])

  // the level meter only while the check is shown: in the call the audio goes to the others only
  const stream = access?.ok && checking ? access.stream : null
  useEffect(() => {
    if (!stream) return
    return watchMicrophoneLevel(stream, setLevel)
  }, [stream])

  useEffect(
    () => () => {
      if (!handedOver.current) stopMedia(current.current)
    },
    [],
  )

  return {
    access,
    devices,
    choice,
    choose: useCallback((next) => setChoice((previous) => ({ ...previous, ...next })), []),
    retry: useCallback(() => setAttempt((n) => n + 1), []),
    level,
    handOver: useCallback(() => {
      handedOver.current = true
      setChecking(false)
      return current.current
    }, []),
  }
}
