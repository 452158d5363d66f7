import { anyAdministrator, kepManagers, type MatrixRow } from './presets.js'

// The authorisation matrix's rows of a KEP's workstations (issue 14 item 8). The change runs as
// a preview (the default ImpactInput), so no cell changes what the next one sees; another
// KEP's manager gets NOT_FOUND (workstations.test.ts).
export const workstationsMatrix: Record<string, MatrixRow> = {
  'Query.kepWorkstations': {
    document: 'query ($kepId: ID!) { kepWorkstations(kepId: $kepId) { id label active } }',
    variables: (f) => ({ kepId: f.kepId }),
    expect: { ...anyAdministrator, manager: 'allowed' },
  },
  'Mutation.changeKepWorkstations': {
    document:
      'mutation ($input: ChangeKepWorkstationsInput!) { changeKepWorkstations(input: $input) { impact { applied } } }',
    variables: (f) => ({
      input: { kepId: f.kepId, changes: [{ kind: 'ADD', label: 'Θέση πίνακα' }] },
    }),
    expect: kepManagers,
  },
}
