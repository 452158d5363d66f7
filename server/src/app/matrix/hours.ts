import type { MatrixRow } from './presets.js'

// The authorisation matrix's rows of the administration's hours (issue 13).
export const hoursMatrix: Record<string, MatrixRow> = {}
