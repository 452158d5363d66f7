import { useMutation, useSubscription } from '@apollo/client/react'
import { apolloSignalling, loadPeerFactory, stopMedia, useCallConnection } from '@keplive/call'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { api } from '../../app/api'
import type {
  CitizenCallEventsSubscription,
  CitizenJoinCallMutation,
  JoinCallInput,
} from '../../gql/graphql'
import {
  callEventsSubscription,
  joinCallMutation,
  leaveCallMutation,
  setVideoEnabledMutation,
  signallingDocuments,
} from './call-operations'
import { openOtherCamera } from './switch-camera'

type Joined = CitizenJoinCallMutation['joinCall']
export type CitizenCall = Joined['call']
export type CitizenCallEvent = CitizenCallEventsSubscription['callEvents']

/**
 * The citizen's (or interpreter's) side of a call: joins with the stream the device check
 * opened, follows the call's events (waiting → admitted → … → ended), and connects peer to
 * peer with everyone admitted once this page is admitted itself.
 */
export function useCitizenCall() {
  const [joinCall, joinState] = useMutation(joinCallMutation)
  const [leaveCall] = useMutation(leaveCallMutation)
  const [setVideoOnServer] = useMutation(setVideoEnabledMutation)
  const [joined, setJoined] = useState<Joined | null>(null)
  const [call, setCall] = useState<CitizenCall | null>(null)
  const [lastEvent, setLastEvent] = useState<CitizenCallEvent | null>(null)
  const [localStream, setLocalStream] = useState<MediaStream | null>(null)
  const [videoOn, setVideoOn] = useState(true)
  /** Counts camera switches: the track inside the same stream changed. */
  const [cameraVersion, setCameraVersion] = useState(0)
  const streamRef = useRef<MediaStream | null>(null)

  const join = useCallback(
    async (input: JoinCallInput, stream: MediaStream | null) => {
      streamRef.current = stream
      setLocalStream(stream)
      // loaded while waiting, so that being let in connects at once
      void loadPeerFactory()
      const { data } = await joinCall({ variables: { input } })
      if (data) {
        setJoined(data.joinCall)
        setCall(data.joinCall.call)
      }
      return data?.joinCall ?? null
    },
    [joinCall],
  )

  const participant = useMemo(
    () => (joined ? { callId: joined.call.id, participantToken: joined.participantToken } : null),
    [joined],
  )

  useSubscription(callEventsSubscription, {
    variables: participant ?? { callId: '', participantToken: '' },
    skip: !participant,
    onData: ({ data }) => {
      const event = data.data?.callEvents
      if (!event) return
      setCall(event.call)
      setLastEvent(event)
    },
  })

  const me = joined ? call?.participants.find((p) => p.id === joined.participant.id) : undefined
  // a page marked as left (the same person joined again elsewhere) is no longer in the list
  const admitted = me?.admitted ?? false
  const live = call?.status === 'WAITING' || call?.status === 'IN_CALL'

  const connectionOptions = useMemo(() => {
    if (!joined || !participant || !admitted) return null
    return {
      me: { id: joined.participant.id, joinedAt: joined.participant.joinedAt },
      signalling: apolloSignalling(api.apollo, api.subscriptions, signallingDocuments, participant),
      iceServers: joined.iceServers.map((s) => ({
        urls: s.urls,
        username: s.username ?? undefined,
        credential: s.credential ?? undefined,
      })),
      localStream,
    }
  }, [joined, participant, admitted, localStream])

  const others = useMemo(
    () => (call?.participants ?? []).filter((p) => p.admitted && p.id !== joined?.participant.id),
    [call, joined],
  )
  const connection = useCallConnection(live ? connectionOptions : null, others)

  const setVideoEnabled = useCallback(
    async (enabled: boolean) => {
      if (!participant) return
      const { data } = await setVideoOnServer({
        variables: { input: { ...participant, enabled } },
      })
      await connection.setVideoEnabled(enabled)
      setVideoOn(enabled)
      if (data) setCall(data.setVideoEnabled.call)
    },
    [participant, setVideoOnServer, connection],
  )

  /**
   * Another camera (issue 15 item 1): swapped inside the same stream, so the peer connections
   * are not started again, and sent to the others; the old camera stops once the peers have
   * the new one. Resolves false when the other camera could not be opened (the current one
   * goes on).
   */
  const switchCamera = useCallback(async (): Promise<boolean> => {
    const stream = streamRef.current
    const current = stream?.getVideoTracks()[0]
    if (!stream || !current) return false
    const { switched, track } = await openOtherCamera(current)
    if (track && streamRef.current === stream) {
      stream.addTrack(track)
      stream.removeTrack(current)
      await connection.replaceLocalVideo(track)
      current.stop()
      setCameraVersion((n) => n + 1)
    } else if (track) {
      // the call ended while the camera opened
      track.stop()
    }
    return switched
  }, [connection])

  /** Other devices chosen in the waiting room, before the peer connections start. */
  const changeStream = useCallback((stream: MediaStream) => {
    if (streamRef.current === stream) return
    stopMedia(streamRef.current)
    streamRef.current = stream
    setLocalStream(stream)
  }, [])

  const leave = useCallback(async () => {
    stopMedia(streamRef.current)
    setLocalStream(null)
    if (participant) await leaveCall({ variables: { input: participant } }).catch(() => undefined)
    setJoined(null)
    setCall(null)
  }, [participant, leaveCall])

  // the call is over: the camera and microphone go off at once
  const over = call !== null && !live
  useEffect(() => {
    if (!over) return
    stopMedia(streamRef.current)
    streamRef.current = null
    setLocalStream(null)
  }, [over])
  useEffect(() => () => stopMedia(streamRef.current), [])

  return {
    join,
    joining: joinState.loading,
    joined,
    call,
    me,
    admitted,
    lastEvent,
    localStream,
    videoOn,
    setVideoEnabled,
    cameraVersion,
    switchCamera,
    changeStream,
    leave,
    connection,
  }
}
