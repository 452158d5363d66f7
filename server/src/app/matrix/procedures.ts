import type { MatrixRow } from './presets.js'

// The authorisation matrix's rows of the administration's procedures (issue 13).
export const proceduresMatrix: Record<string, MatrixRow> = {}
