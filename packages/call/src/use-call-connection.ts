import { useEffect, useRef, useState } from 'react'
import type { RemoteView } from './mesh'
import { loadPeerFactory } from './peer'
import { CallConnection, type CallSignalling } from './session'
import type { MeshParticipant } from './signals'

export interface UseCallConnectionOptions {
  me: MeshParticipant
  signalling: CallSignalling
  iceServers: RTCIceServer[]
  localStream: MediaStream | null
}

export interface CallConnectionView {
  reconnecting: boolean
  remotes: RemoteView[]
  /** Audio only (R6.3): stops or resumes sending video to everyone. */
  setVideoEnabled(enabled: boolean): Promise<void>
  /** Another camera's track, sent in place of the old one (CallMesh.replaceLocalVideo). */
  replaceLocalVideo(track: MediaStreamTrack): Promise<void>
}

/**
 * The peer-to-peer side of a call for a React page: starts once `options` is given (the page
 * is admitted), follows the list of other admitted participants, and ends on unmount.
 */
export function useCallConnection(
  options: UseCallConnectionOptions | null,
  others: readonly MeshParticipant[],
): CallConnectionView {
  const [state, setState] = useState<{ reconnecting: boolean; remotes: RemoteView[] }>({
    reconnecting: false,
    remotes: [],
  })
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
      opened.mesh.setParticipants(othersRef.current)
    })
    return () => {
      cancelled = true
      opened?.close()
      connection.current = null
      // the peers are closed: no tile of theirs stays behind ("reconnecting…" over black)
      setState({ reconnecting: false, remotes: [] })
    }
  }, [options])

  const othersKey = others.map((p) => p.id).join(',')
  useEffect(() => {
    connection.current?.mesh.setParticipants(othersRef.current)
  }, [othersKey])

  return {
    ...state,
    setVideoEnabled: async (enabled) => {
      await connection.current?.mesh.setVideoEnabled(enabled)
    },
    replaceLocalVideo: async (track) => {
      await connection.current?.mesh.replaceLocalVideo(track)
    },
  }
}
