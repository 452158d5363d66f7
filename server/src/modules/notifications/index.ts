// The notifications module's public surface: other modules import only this file.
export * from './notifications.table.js'
