import process from 'process'

// simple-peer 9 and its stream dependencies expect Node's `global` and `process`. Installed here,
// before simple-peer is loaded (peer.ts imports it only after this module), so the apps need no
// `define` in their Vite config.
const scope = globalThis as typeof globalThis & { global?: typeof globalThis; process?: unknown }
scope.global ??= globalThis
scope.process ??= process
