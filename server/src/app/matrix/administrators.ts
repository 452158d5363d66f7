import type { MatrixRow } from './presets.js'

// The authorisation matrix's rows of the administration's administrators (issue 13).
export const administratorsMatrix: Record<string, MatrixRow> = {}
