import { anAdministrator, randomAfm } from '../../test/identity.js'
import { administratorsOnly, anyAdministrator, type MatrixRow } from './presets.js'

// The authorisation matrix's rows of the administration's administrators (issue 13, Art. 3.5):
// any of the ministry's administrators reads the list; only an ADMINISTRATOR changes it. Each
// changing cell works on an OPERATOR of its own, so no cell depends on another's outcome.

const anOperatorId = async (f: Parameters<NonNullable<MatrixRow['variables']>>[0]) =>
  (await anAdministrator(f.db, { role: 'operator' })).id

export const administratorsMatrix: Record<string, MatrixRow> = {
  'Query.administrators': {
    document: 'query { administrators { id role active } }',
    expect: anyAdministrator,
  },
  'Mutation.addAdministrator': {
    document:
      'mutation ($input: AddAdministratorInput!) { addAdministrator(input: $input) { administrator { id } } }',
    variables: () => ({
      input: {
        taxId: randomAfm(),
        fullName: 'Νέα Διαχειρίστρια',
        email: 'nea@mindigital.example.gr',
        role: 'AUDITOR',
      },
    }),
    expect: administratorsOnly,
  },
  'Mutation.setAdministratorRole': {
    document:
      'mutation ($input: SetAdministratorRoleInput!) { setAdministratorRole(input: $input) { administrator { id role } } }',
    variables: async (f) => ({
      input: { administratorId: await anOperatorId(f), role: 'AUDITOR' },
    }),
    expect: administratorsOnly,
  },
  'Mutation.deactivateAdministrator': {
    document:
      'mutation ($input: DeactivateAdministratorInput!) { deactivateAdministrator(input: $input) { administrator { id active } } }',
    variables: async (f) => ({ input: { administratorId: await anOperatorId(f) } }),
    expect: administratorsOnly,
  },
}
