import type { MatrixRow } from './presets.js'

// The authorisation matrix's rows of the administration's keps (issue 13).
export const kepsMatrix: Record<string, MatrixRow> = {}
