// The identity module's public surface: other modules import only this file.
export * from './identity.table.js'
