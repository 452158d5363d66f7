import { useEffect, useRef, useState } from 'react'
import type { RemoteView } from './mesh'
import { loadPeerFactory, type VideoQuality } from './peer'
import type { LinkQuality } from './quality'
import { CallConnection, type CallConnectionState, type CallSignalling } from './session'
import type { MeshParticipant } from './signals'

export interface UseCallConnectionOptions {
  me: MeshParticipant
  signalling: CallSignalling
  iceServers: RTCIceServer[]
  localStream: MediaStream | null
}

export interface CallConnectionView {
  reconnecting: boolean
  /** Each other participant; `state` goes 'reconnecting' then 'connected' when a link recovers. */
  remotes: RemoteView[]
  /**
   * Each other participant's link quality by participant id, for `ConnectionIndicator`
   * (issue 15 item 4); absent until first measured.
   */
  quality: Record<string, LinkQuality>
  /** How long the worst link has been poor, ms (0: none is): for `PoorLineOffer`. */
  poorForMs: number
  /** The video quality chosen for what this side sends. */
  videoQuality: VideoQuality
  /** Audio only (R6.3): stops or resumes sending video to everyone. */
  setVideoEnabled(enabled: boolean): Promise<void>
  /**
   * 'low' on a weak line: every video sender capped at 250 kbps at half the resolution, the
   * frame rate kept; 'normal' lifts the cap. Kept for peers re-created later.
   */
  setVideoQuality(quality: VideoQuality): Promise<void>
}

const idle: CallConnectionState = { reconnecting: false, remotes: [], quality: {}, poorForMs: 0 }

/**
 * The peer-to-peer side of a call for a React page: starts once `options` is given (the page
 * is admitted), follows the list of other admitted participants, and ends on unmount.
 */
export function useCallConnection(
  options: UseCallConnectionOptions | null,
  others: readonly MeshParticipant[],
): CallConnectionView {
  const [state, setState] = useState<CallConnectionState>(idle)
  const [videoQuality, setVideoQualityState] = useState<VideoQuality>('normal')
  const videoQualityRef = useRef(videoQuality)
  videoQualityRef.current = videoQuality
  const connection = useRef<CallConnection | null>(null)
  const othersRef = useRef(others)
  othersRef.current = others

  useEffect(() => {
    if (!options) return
    let cancelled = false
    let opened: CallConnection | null = null
    void loadPeerFactory().then((createPeer) => {
      if (cancelled) return
      opened = new CallConnection({ ...options, createPeer, onChange: setState })
      connection.current = opened
      opened.start()
      // a connection opened again (e.g. after a reload of the options) keeps the chosen quality
      if (videoQualityRef.current !== 'normal') void opened.mesh.setVideoQuality('low')
      opened.mesh.setParticipants(othersRef.current)
    })
    return () => {
      cancelled = true
      opened?.close()
      connection.current = null
      // the peers are closed: no tile of theirs stays behind ("reconnecting…" over black)
      setState(idle)
    }
  }, [options])

  const othersKey = others.map((p) => p.id).join(',')
  useEffect(() => {
    connection.current?.mesh.setParticipants(othersRef.current)
  }, [othersKey])

  return {
    ...state,
    videoQuality,
    setVideoEnabled: async (enabled) => {
      await connection.current?.mesh.setVideoEnabled(enabled)
    },
    setVideoQuality: async (quality) => {
      setVideoQualityState(quality)
      await connection.current?.mesh.setVideoQuality(quality)
    },
  }
}
