/** What a switch did. */
export interface CameraSwitch {
  /** Whether the other camera is now open. */
  switched: boolean
  /** The track to send from now on (the other camera's, or this one's opened again); none: keep the current one. */
  track: MediaStreamTrack | null
}

// The same picture the call opened with (packages/call openMedia): enough for a document.
const picture: MediaTrackConstraints = {
  width: { ideal: 640 },
  height: { ideal: 480 },
  frameRate: { ideal: 24, min: 15 },
}

async function openVideo(constraints: MediaTrackConstraints): Promise<MediaStreamTrack> {
  const stream = await navigator.mediaDevices.getUserMedia({
    video: { ...picture, ...constraints },
  })
  const track = stream.getVideoTracks()[0]
  if (!track) throw new DOMException('no video track', 'NotFoundError')
  track.contentHint = 'motion'
  return track
}

/**
 * Opens the other camera (issue 15 item 1: the back camera shows a document well): the next
 * camera in the device list, or, where the list has one (a phone that lists its cameras as one
 * until asked), the other `facingMode`. The current track is left running unless the device
 * cannot hold two cameras open; then it is stopped and, if the other camera fails too, opened
 * again, so the call always keeps a camera.
 */
export async function openOtherCamera(current: MediaStreamTrack): Promise<CameraSwitch> {
  const settings = current.getSettings()
  const cameras = (await navigator.mediaDevices.enumerateDevices()).filter(
    (d) => d.kind === 'videoinput' && d.deviceId !== '',
  )
  const here = cameras.findIndex((c) => c.deviceId === settings.deviceId)
  const next = cameras.length > 1 ? cameras[(here + 1) % cameras.length] : undefined
  const constraints: MediaTrackConstraints = next
    ? { deviceId: { exact: next.deviceId } }
    : { facingMode: { exact: settings.facingMode === 'environment' ? 'user' : 'environment' } }
  try {
    return { switched: true, track: await openVideo(constraints) }
  } catch (error) {
    const busy = error instanceof DOMException && error.name === 'NotReadableError'
    if (!busy) return { switched: false, track: null }
  }
  // one camera at a time (many phones): let go of this one and try again
  current.stop()
  try {
    return { switched: true, track: await openVideo(constraints) }
  } catch {
    const same = settings.deviceId ? { deviceId: { exact: settings.deviceId } } : {}
    return { switched: false, track: await openVideo(same).catch(() => null) }
  }
}
