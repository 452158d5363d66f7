// The calls module's public surface: other modules import only this file.
export * from './calls.table.js'
