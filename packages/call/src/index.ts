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
export {
  loadPeerFactory,
  lowVideo,
  type PeerFactory,
  type PeerLink,
  type VideoQuality,
} from './peer'
// issue 15 item 4: link quality from getStats, its indicator and the offer on a poor line
export { classifyLink, qualityThresholds, type LinkQuality, type QualityLevel } from './quality'
export { ConnectionIndicator, type ConnectionIndicatorProps } from './connection-indicator'
export { PoorLineOffer, type PoorLineOfferProps } from './poor-line-offer'
export { callCatalogs, type CallMessageKey } from './i18n'
export {
  CallConnection,
  type CallConnectionOptions,
  type CallConnectionState,
  type CallSignalling,
  type SocketState,
  watchBrowserNetwork,
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
