// The statistics module's public surface (issue 12): counters kept by the database in the
// bookings' own transactions, the KEPs' capacity kept by a job, one read for issue 17.
export {
  capacityDaysAhead,
  capacityDaysBack,
  readDailyCounters,
  recomputeCapacity,
  refreshCapacity,
  type DailyCountersInput,
  type FieldCounts,
  type KepDay,
} from './statistics.service.js'
