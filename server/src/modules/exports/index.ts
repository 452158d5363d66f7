// The exports module's public surface: other modules import only this file.
export * from './exports.table.js'
export * from './exports.service.js'
export * from './exports.http.js'
