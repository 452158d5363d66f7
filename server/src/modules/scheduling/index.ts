// The scheduling module's public surface: other modules import only this file.
export * from './scheduling.table.js'
export { createSchedulingLoaders, type SchedulingContext } from './scheduling.loaders.js'
export { schedulingResolvers } from './scheduling.resolver.js'
