import type { MatrixRow } from './presets.js'

// The authorisation matrix's rows of the administration's parameters (issue 13).
export const parametersMatrix: Record<string, MatrixRow> = {}
