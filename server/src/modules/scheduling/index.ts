// The scheduling module's public surface: other modules import only this file.
export * from './scheduling.table.js'
export { createSchedulingLoaders, type SchedulingContext } from './scheduling.loaders.js'
export {
  KepSpecialHours,
  RemoveKepSpecialHoursInput,
  schedulingResolvers,
  SetKepSpecialHoursInput,
} from './scheduling.resolver.js'
export {
  addDays,
  datesBetween,
  dayClock,
  holidayOn,
  inSeason,
  localDateOf,
  slotGrid,
  zone,
  type LocalDate,
} from './calendar.js'
export {
  availableMinutes,
  blockedSpan,
  forEachFreeSlot,
  onGrid,
  type BlockedSpan,
  type FreeSlot,
  type SchedulingData,
  type SchedulingParams,
  type Span,
} from './slot-engine.js'
export {
  availability,
  dateRangeProblems,
  engineParams,
  kepFreePlaces,
  loadSchedulingData,
  nationalFreeSlots,
  parametersInForce,
  paramsAt,
  versionsOf,
  versionsSql,
  type FieldParameters,
  type ParameterVersion,
  type ScheduledCategory,
  resolveScope,
  type ResolvedScope,
  type Scope,
  type ScopeInput,
  warmScheduling,
} from './scheduling.service.js'
export {
  confirmHold,
  freeCandidates,
  heldReservations,
  holdIsLive,
  lockHold,
  lockHoldOf,
  releaseExpiredHolds,
  releaseHold,
  releaseHoldsOfWrite,
  keepingOf,
  move,
  release,
  reservationsUnderRules,
  releaseWrite,
  reserve,
  reservingTransaction,
  slotTaken,
  startProblems,
  type HeldReservation,
  type HeldReservationState,
  type Hold,
  type Reservation,
  type ReserveInput,
  type ReserveOutcome,
} from './occupancy.service.js'
export { closedForGoodAt, closedForGoodSql } from './kep-closing.js'
export { rulesVersion } from './rules-version.js'
export {
  deleteKepSpecialHours,
  maxWindowsPerDay,
  specialDateProblems,
  specialHoursProblems,
  timeWindowProblems,
  writeKepSpecialHours,
  type SetSpecialHoursInput,
  type SpecialHoursDay,
} from './special-hours.service.js'
