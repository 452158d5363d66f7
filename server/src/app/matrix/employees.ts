import { randomInt } from 'node:crypto'
import { withAfmCheckDigit } from '../../platform/afm.js'
import { employeeAbsences } from '../../modules/scheduling/index.js'
import { anEmployee } from '../../test/factories.js'
import { anyAdministrator, kepManagers, operators, type MatrixRow } from './presets.js'

// The authorisation matrix's rows of the administration's employees (issue 13): any of the
// ministry's administrators reads; ADMINISTRATORs and OPERATORs change (Art. 3.5). A KEP's
// manager also reads their own KEP's employees and changes their availability and absences
// (issue 14 item 6; the matrix's `manager` is the fixtures' KEP's): see matrix/manager-staff.ts.

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
    expect: { ...anyAdministrator, manager: 'allowed' },
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
  'Mutation.deactivateEmployee': {
    document:
      'mutation($input: DeactivateEmployeeInput!) { deactivateEmployee(input: $input) { impact { applied } } }',
    variables: async (f) => ({
      input: { employeeId: (await anEmployee(f.db, f.kepId)).id, from: '2027-06-01' },
    }),
    expect: operators,
  },
  'Mutation.reactivateEmployee': {
    document:
      'mutation($input: ReactivateEmployeeInput!) { reactivateEmployee(input: $input) { id } }',
    variables: async (f) => ({ input: { employeeId: (await anEmployee(f.db, f.kepId)).id } }),
    expect: operators,
  },
  'Mutation.moveEmployee': {
    document:
      'mutation($input: MoveEmployeeInput!) { moveEmployee(input: $input) { impact { applied } } }',
    // validation refuses the move (same KEP) only after the gate: the cell still says who may
    variables: async (f) => ({
      input: {
        employeeId: (await anEmployee(f.db, f.kepId)).id,
        toKepId: f.kepId,
        from: '2027-06-01',
      },
    }),
    expect: operators,
  },
  'Mutation.cancelEmployeeMove': {
    document:
      'mutation($input: CancelEmployeeMoveInput!) { cancelEmployeeMove(input: $input) { impact { applied } } }',
    // no move pending: refused only after the gate, so the cell still says who may
    variables: async (f) => ({ input: { employeeId: (await anEmployee(f.db, f.kepId)).id } }),
    expect: operators,
  },
  'Mutation.setEmployeeAvailability': {
    document:
      'mutation($input: SetEmployeeAvailabilityInput!) { setEmployeeAvailability(input: $input) { impact { applied } } }',
    variables: async (f) => {
      const e = await anEmployee(f.db, f.kepId)
      return {
        input: {
          employeeId: e.id,
          rows: [
            {
              workstationId: e.workstationId,
              weekday: 1,
              startsAt: '09:00',
              endsAt: '13:00',
              validFrom: '2027-06-01',
            },
          ],
        },
      }
    },
    expect: kepManagers,
  },
  'Mutation.addEmployeeAbsence': {
    document:
      'mutation($input: AddEmployeeAbsenceInput!) { addEmployeeAbsence(input: $input) { impact { applied } } }',
    variables: async (f) => ({
      input: {
        employeeId: (await anEmployee(f.db, f.kepId)).id,
        startsAt: '2027-06-01T06:00:00Z',
        endsAt: '2027-06-02T06:00:00Z',
        reason: '',
      },
    }),
    expect: kepManagers,
  },
  'Mutation.removeEmployeeAbsence': {
    document:
      'mutation($input: RemoveEmployeeAbsenceInput!) { removeEmployeeAbsence(input: $input) { id } }',
    variables: async (f) => {
      const e = await anEmployee(f.db, f.kepId)
      const [absence] = await f.db
        .insert(employeeAbsences)
        .values({
          employeeId: e.id,
          startsAt: new Date('2027-06-01T06:00:00Z'),
          endsAt: new Date('2027-06-02T06:00:00Z'),
        })
        .returning()
      return { input: { absenceId: absence!.id } }
    },
    expect: kepManagers,
  },
}
