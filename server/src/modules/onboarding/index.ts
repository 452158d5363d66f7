// The onboarding module's public surface: other modules import only this file.
// Issue 18: municipalities join (applications), run their procedures, and leave.
export * from './onboarding.table.js'
export { onboardingResolvers } from './onboarding.resolver.js'
export { regionOfPostalCode } from './regions.js'
