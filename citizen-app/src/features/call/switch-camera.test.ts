import { afterEach, describe, expect, it, vi } from 'vitest'
import { openOtherCamera } from './switch-camera'

// The browser's camera API as a phone presents it (the real one needs a browser: the call
// screen's browser test switches between Chromium's two fake cameras): cameras by id or by
// the side they face, some devices able to hold only one camera open at a time.

interface FakeTrack {
  id: string
  contentHint: string
  stopped: boolean
  stop(): void
  getSettings(): { deviceId: string; facingMode?: string }
}

function track(deviceId: string, facingMode?: string): FakeTrack {
  return {
    id: `${deviceId}-${Math.random()}`,
    contentHint: '',
    stopped: false,
    stop() {
      this.stopped = true
    },
    getSettings: () => ({ deviceId, ...(facingMode ? { facingMode } : {}) }),
  }
}

function phone(options: {
  cameras: { deviceId: string; facingMode: string }[]
  listed: string[]
  oneAtATime?: boolean
  broken?: string[]
}) {
  const open: FakeTrack[] = []
  const getUserMedia = vi.fn(async ({ video }: { video: MediaTrackConstraints }) => {
    const exact = (c: unknown) => (c as { exact?: string } | undefined)?.exact
    const camera = options.cameras.find(
      (c) =>
        c.deviceId === exact(video.deviceId) ||
        (video.deviceId === undefined && c.facingMode === exact(video.facingMode)),
    )
    if (!camera || options.broken?.includes(camera.deviceId)) {
      throw new DOMException('no such camera', 'OverconstrainedError')
    }
    if (options.oneAtATime && open.some((t) => !t.stopped)) {
      throw new DOMException('camera busy', 'NotReadableError')
    }
    const opened = track(camera.deviceId, camera.facingMode)
    open.push(opened)
    return { getVideoTracks: () => [opened] }
  })
  vi.stubGlobal('navigator', {
    mediaDevices: {
      getUserMedia,
      enumerateDevices: async () =>
        options.listed.map((deviceId) => ({ kind: 'videoinput', deviceId })),
    },
  })
  vi.stubGlobal('DOMException', DOMException)
  return { open, getUserMedia }
}

const front = { deviceId: 'front', facingMode: 'user' }
const back = { deviceId: 'back', facingMode: 'environment' }

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('switching the camera (issue 15 item 1, R6.2: the back camera shows a document well)', () => {
  it('R6.2 opens the next listed camera and leaves the current one to the caller', async () => {
    const { open } = phone({ cameras: [front, back], listed: ['front', 'back'] })
    const current = track('front', 'user')
    open.push(current)
    const result = await openOtherCamera(current as unknown as MediaStreamTrack)
    expect(result.switched).toBe(true)
    expect((result.track as unknown as FakeTrack).getSettings().deviceId).toBe('back')
    expect((result.track as unknown as FakeTrack).contentHint).toBe('motion')
    expect(current.stopped).toBe(false)
  })

  it('R6.2 asks for the other facing side where the list shows one camera', async () => {
    const { getUserMedia } = phone({ cameras: [front, back], listed: ['front'] })
    const result = await openOtherCamera(track('front', 'user') as unknown as MediaStreamTrack)
    expect(result.switched).toBe(true)
    expect(getUserMedia.mock.calls[0]![0].video.facingMode).toEqual({ exact: 'environment' })
  })

  it('R6.2 on a device that holds one camera at a time, lets go of the current one first', async () => {
    const { open } = phone({ cameras: [front, back], listed: ['front', 'back'], oneAtATime: true })
    const current = track('front', 'user')
    open.push(current)
    const result = await openOtherCamera(current as unknown as MediaStreamTrack)
    expect(current.stopped).toBe(true)
    expect(result.switched).toBe(true)
    expect((result.track as unknown as FakeTrack).getSettings().deviceId).toBe('back')
  })

  it('R6.2 when the other camera fails, the current one goes on: untouched, or opened again', async () => {
    phone({ cameras: [front, back], listed: ['front', 'back'], broken: ['back'] })
    const untouched = track('front', 'user')
    expect(await openOtherCamera(untouched as unknown as MediaStreamTrack)).toEqual({
      switched: false,
      track: null,
    })
    expect(untouched.stopped).toBe(false)

    const busy = phone({
      cameras: [front, back],
      listed: ['front', 'back'],
      oneAtATime: true,
      broken: ['back'],
    })
    const current = track('front', 'user')
    busy.open.push(current)
    // busy first, then broken: the front camera is opened again for the call
    busy.getUserMedia.mockImplementationOnce(async () => {
      throw new DOMException('camera busy', 'NotReadableError')
    })
    const result = await openOtherCamera(current as unknown as MediaStreamTrack)
    expect(result.switched).toBe(false)
    expect((result.track as unknown as FakeTrack).getSettings().deviceId).toBe('front')
  })
})
