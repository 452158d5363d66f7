import type { MatrixRow } from './presets.js'

// The authorisation matrix's rows of the administration's employees (issue 13).
export const employeesMatrix: Record<string, MatrixRow> = {}
