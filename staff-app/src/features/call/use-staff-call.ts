import { useMutation, useSubscription } from '@apollo/client/react'
import {
  apolloSignalling,
  openMedia,
  stopMedia,
  useCallConnection,
  type MediaProblem,
} from '@keplive/call'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { api } from '../../app/api'
import type { StaffCallEventsSubscription, StaffJoinCallMutation } from '../../gql/graphql'
import {
  callEventsSubscription,
  joinCallMutation,
  leaveCallMutation,
  setVideoEnabledMutation,
  signallingDocuments,
} from './call-operations'

type Joined = StaffJoinCallMutation['joinCall']
export type StaffCall = Joined['call']
export type StaffCallEvent = StaffCallEventsSubscription['callEvents']

/**
 * The employee's side of one call: camera and microphone, joining (staff are let in at once),
 * the call's events live, and the peer connections with everyone admitted.
 */
export function useStaffCall(bookingId: string) {
  const [joinCall, joinState] = useMutation(joinCallMutation)
  const [leaveCall] = useMutation(leaveCallMutation)
  const [setVideoEnabledOnServer] = useMutation(setVideoEnabledMutation)
  const [joined, setJoined] = useState<Joined | null>(null)
  const [call, setCall] = useState<StaffCall | null>(null)
  const [lastEvent, setLastEvent] = useState<StaffCallEvent | null>(null)
  const [localStream, setLocalStream] = useState<MediaStream | null>(null)
  const [mediaProblem, setMediaProblem] = useState<MediaProblem | null>(null)
  const [videoOn, setVideoOn] = useState(true)
  const streamRef = useRef<MediaStream | null>(null)

  const join = useCallback(async () => {
    const media = await openMedia()
    if (media.ok) {
      streamRef.current = media.stream
      setLocalStream(media.stream)
      setMediaProblem(media.withoutCamera ? 'notFound' : null)
    } else {
      setMediaProblem(media.problem)
    }
    const { data } = await joinCall({ variables: { input: { bookingId } } })
    if (data) {
      setJoined(data.joinCall)
      setCall(data.joinCall.call)
    }
  }, [bookingId, joinCall])

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

  const connectionOptions = useMemo(() => {
    if (!joined || !participant) return null
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
  }, [joined, participant, localStream])

  const others = useMemo(
    () => (call?.participants ?? []).filter((p) => p.admitted && p.id !== joined?.participant.id),
    [call, joined],
  )
  const ended = call?.status === 'ENDED'
  const connection = useCallConnection(ended ? null : connectionOptions, others)

  const setVideoEnabled = useCallback(
    async (enabled: boolean) => {
      if (!participant) return
      const { data } = await setVideoEnabledOnServer({
        variables: { input: { ...participant, enabled } },
      })
      await connection.setVideoEnabled(enabled)
      setVideoOn(enabled)
      if (data) setCall(data.setVideoEnabled.call)
    },
    [participant, setVideoEnabledOnServer, connection],
  )

  const leave = useCallback(async () => {
    stopMedia(streamRef.current)
    setLocalStream(null)
    if (participant) await leaveCall({ variables: { input: participant } }).catch(() => undefined)
    setJoined(null)
  }, [participant, leaveCall])

  // the call is over (ended here or elsewhere): the camera and microphone go off at once
  useEffect(() => {
    if (!ended) return
    stopMedia(streamRef.current)
    streamRef.current = null
    setLocalStream(null)
  }, [ended])
  useEffect(() => () => stopMedia(streamRef.current), [])

  return {
    join,
    joining: joinState.loading,
    joinError: joinState.error,
    joined,
    call,
    setCall,
    lastEvent,
    localStream,
    mediaProblem,
    videoOn,
    setVideoEnabled,
    leave,
    connection,
  }
}
