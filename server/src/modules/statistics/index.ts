import { StatisticsOperations } from './statistics.resolver.js'

// The statistics module's public surface (issue 12): counters kept by the database in the
// bookings' own transactions, the KEPs' capacity kept by a job, one read for issue 17; and the
// KEP at a glance (issue 14 item 9), read live from the bookings, their calls and scheduling.
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
export {
  maxUsageDays,
  usageReadable,
  usageStatistics,
  type UsageScope,
  type UsageStatistics,
  type UsageStatisticsInput,
} from './usage.service.js'
export { usageStatisticsExport, usageTables, type UsageTable } from './usage.export.js'
export { kepAtAGlance, type KepAtAGlance } from './glance.service.js'

/** The module's resolvers: the KEP at a glance (issue 14 item 9). */
export const statisticsResolvers = [StatisticsOperations] as const
