import { randomInt } from 'node:crypto'
import { withAfmCheckDigit } from '../../platform/afm.js'
import { anEmployee } from '../../test/factories.js'
import { anyAdministrator, operators, type MatrixRow } from './presets.js'

// The authorisation matrix's rows of the administration's employees (issue 13): any of the
// ministry's administrators reads; ADMINISTRATORs and OPERATORs change (Art. 3.5).

const freshAfm = () => withAfmCheckDigit(String(randomInt(10_000_000, 99_999_999)))

export const employeesMatrix: Record<string, MatrixRow> = {
  'Query.adminEmployees': {
    document:
      'query($kepId: ID) { adminEmployees(first: 5, filter: { kepId: $kepId }) { employees { id } } }',
    variables: (f) => ({ kepId: f.kepId }),
    expect: anyAdministrator,
  },
  'Query.adminEmployee': {
    document: 'query($id: ID!) { adminEmployee(id: $id) { id availability { id } } }',
    variables: async (f) => ({ id: (await anEmployee(f.db, f.kepId)).id }),
    expect: anyAdministrator,
  },
  'Mutation.addEmployee': {
    document: 'mutation($input: AddEmployeeInput!) { addEmployee(input: $input) { id } }',
    variables: (f) => ({
      input: {
        kepId: f.kepId,
        taxId: freshAfm(),
        fullName: 'Νέος Υπάλληλος',
        email: 'new@kep.example.gr',
        role: 'STAFF',
      },
    }),
    expect: operators,
  },
  'Mutation.setEmployeeRole': {
    document: 'mutation($input: SetEmployeeRoleInput!) { setEmployeeRole(input: $input) { id } }',
    variables: async (f) => ({
      input: { employeeId: (await anEmployee(f.db, f.kepId)).id, role: 'MANAGER' },
    }),
    expect: operators,
  },
  'Mutation.importEmployeesCsv': {
    document:
      'mutation($input: ImportEmployeesCsvInput!) { importEmployeesCsv(input: $input) { applied valid } }',
    variables: () => ({
      input: { csv: `afm,full_name,email,kep_code,role\n${freshAfm()},Α Β,a@b.gr,NONE,STAFF\n` },
    }),
    expect: operators,
  },
}
