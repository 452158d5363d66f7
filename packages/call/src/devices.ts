/** Why the camera or microphone could not be used, in the terms the help texts are written for. */
export type MediaProblem =
  /** The person or the browser refused the permission (NotAllowedError). */
  | 'denied'
  /** No camera or microphone exists (NotFoundError, OverconstrainedError). */
  | 'notFound'
  /** Another application holds the device (NotReadableError, AbortError). */
  | 'inUse'
  /** The page is not on HTTPS or the browser has no WebRTC. */
  | 'unsupported'
  | 'unknown'

export function mediaProblemOf(error: unknown): MediaProblem {
  const name = (error as { name?: unknown } | null)?.name
  switch (name) {
    case 'NotAllowedError':
    case 'SecurityError':
    case 'PermissionDeniedError':
      return 'denied'
    case 'NotFoundError':
    case 'OverconstrainedError':
    case 'DevicesNotFoundError':
      return 'notFound'
    case 'NotReadableError':
    case 'AbortError':
    case 'TrackStartError':
      return 'inUse'
    case 'TypeError':
      return 'unsupported'
    default:
      return 'unknown'
  }
}

export interface DeviceChoice {
  cameraId?: string
  microphoneId?: string
}

export type MediaAccess =
  | {
      ok: true
      stream: MediaStream
      /** No camera could be used: the call goes on with audio only. */
      withoutCamera: boolean
    }
  | { ok: false; problem: MediaProblem }

// Enough for a face and a document held up, light enough for a phone on a mobile network.
const video = (cameraId?: string): MediaTrackConstraints => ({
  ...(cameraId ? { deviceId: { exact: cameraId } } : {}),
  width: { ideal: 640 },
  height: { ideal: 480 },
  frameRate: { ideal: 24, min: 15 },
})

const audio = (microphoneId?: string): MediaTrackConstraints => ({
  ...(microphoneId ? { deviceId: { exact: microphoneId } } : {}),
  echoCancellation: true,
  noiseSuppression: true,
})

/**
 * Opens the camera and microphone. Without a camera it falls back to the microphone alone
 * (R1.4 asks for a camera, but a citizen whose camera fails is still helped by audio); without
 * a microphone, or when permission is refused, it says why.
 */
export async function openMedia(choice: DeviceChoice = {}): Promise<MediaAccess> {
  if (!navigator.mediaDevices?.getUserMedia) return { ok: false, problem: 'unsupported' }
  try {
    const stream = await navigator.mediaDevices.getUserMedia({
      audio: audio(choice.microphoneId),
      video: video(choice.cameraId),
    })
    // motion over detail: sign language and a document moved into view stay readable
    for (const track of stream.getVideoTracks()) track.contentHint = 'motion'
    return { ok: true, stream, withoutCamera: false }
  } catch (error) {
    const problem = mediaProblemOf(error)
    if (problem !== 'notFound' && problem !== 'inUse') return { ok: false, problem }
  }
  try {
    const stream = await navigator.mediaDevices.getUserMedia({ audio: audio(choice.microphoneId) })
    return { ok: true, stream, withoutCamera: true }
  } catch (error) {
    return { ok: false, problem: mediaProblemOf(error) }
  }
}

export function stopMedia(stream: MediaStream | null | undefined): void {
  for (const track of stream?.getTracks() ?? []) track.stop()
}

export interface DeviceLists {
  cameras: MediaDeviceInfo[]
  microphones: MediaDeviceInfo[]
  speakers: MediaDeviceInfo[]
}

/** The devices to choose from; their names are known only once a permission was given. */
export async function listDevices(): Promise<DeviceLists> {
  const devices = (await navigator.mediaDevices?.enumerateDevices?.()) ?? []
  return {
    cameras: devices.filter((d) => d.kind === 'videoinput'),
    microphones: devices.filter((d) => d.kind === 'audioinput'),
    speakers: devices.filter((d) => d.kind === 'audiooutput'),
  }
}

/**
 * The microphone's loudness, 0 to 1, about ten times a second, for a level meter. The audio
 * is only measured in the browser: it goes nowhere. Returns the stop function.
 */
export function watchMicrophoneLevel(
  stream: MediaStream,
  onLevel: (level: number) => void,
): () => void {
  if (stream.getAudioTracks().length === 0) return () => undefined
  const context = new AudioContext()
  const source = context.createMediaStreamSource(stream)
  const analyser = context.createAnalyser()
  analyser.fftSize = 512
  source.connect(analyser)
  const samples = new Float32Array(analyser.fftSize)
  const timer = setInterval(() => {
    analyser.getFloatTimeDomainData(samples)
    let sum = 0
    for (const s of samples) sum += s * s
    // RMS of speech sits around 0.02–0.2: scale so that normal speech fills most of the meter
    onLevel(Math.min(1, Math.sqrt(sum / samples.length) * 5))
  }, 100)
  return () => {
    clearInterval(timer)
    source.disconnect()
    void context.close()
  }
}

/** Plays a short two-tone chime on the chosen speaker, so the person hears whether it works. */
export async function playTestSound(speakerId?: string): Promise<void> {
  const context = new AudioContext() as AudioContext & { setSinkId?: (id: string) => Promise<void> }
  try {
    if (speakerId && context.setSinkId) await context.setSinkId(speakerId)
    const gain = context.createGain()
    gain.gain.value = 0.2
    gain.connect(context.destination)
    const tones = [660, 880]
    tones.forEach((frequency, i) => {
      const oscillator = context.createOscillator()
      oscillator.frequency.value = frequency
      oscillator.connect(gain)
      oscillator.start(context.currentTime + i * 0.35)
      oscillator.stop(context.currentTime + i * 0.35 + 0.3)
    })
    await new Promise((resolve) => setTimeout(resolve, 800))
  } finally {
    void context.close()
  }
}
