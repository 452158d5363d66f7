// The audit module's public surface: other modules import only this file.
export * from './audit.table.js'
