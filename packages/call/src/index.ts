export {
  listDevices,
  mediaProblemOf,
  openMedia,
  playTestSound,
  stopMedia,
  watchMicrophoneLevel,
  type DeviceChoice,
  type DeviceLists,
  type MediaAccess,
  type MediaProblem,
} from './devices'
export { SignalMailbox } from './mailbox'
export { CallMesh, type RemoteState, type RemoteView, type SendSignal } from './mesh'
export { decideSignal, isInitiator, type LinkState, type SignalDecision } from './negotiation'
export { loadPeerFactory, type PeerFactory, type PeerLink } from './peer'
export {
  CallConnection,
  type CallConnectionOptions,
  type CallConnectionState,
  type CallSignalling,
  type SocketState,
} from './session'
export type { CallSignal, MeshParticipant } from './signals'
export { VideoTile, type VideoTileProps } from './video-tile'
export {
  apolloSignalling,
  type SignallingDocuments,
  type SocketStateSource,
} from './apollo-signalling'
export {
  useCallConnection,
  type CallConnectionView,
  type UseCallConnectionOptions,
} from './use-call-connection'
