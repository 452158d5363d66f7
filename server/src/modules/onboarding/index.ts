// The onboarding module's public surface: other modules import only this file.
export * from './onboarding.table.js'
