import { administratorsOnly, anyAdministrator, type MatrixRow } from './presets.js'

// The authorisation matrix's rows of API clients (issue 17 item 5): every administrator reads
// the list with each key's use (the listing is audited, R7.2); ADMINISTRATORs alone create and
// revoke keys (Art. 3.5: OPERATORs and AUDITORs are refused).

export const apiClientsMatrix: Record<string, MatrixRow> = {
  'Query.apiClients': {
    document: '{ apiClients { id name createdByName lastUsedAt requestsLastDay } }',
    expect: anyAdministrator,
  },
  'Mutation.createApiClient': {
    document:
      'mutation { createApiClient(input: { name: "matrix", scopes: [CATALOG_READ] }) { key } }',
    expect: administratorsOnly,
  },
  'Mutation.revokeApiClient': {
    document: 'mutation ($id: ID!) { revokeApiClient(input: { id: $id }) { client { id } } }',
    variables: (f) => ({ id: f.apiClientId }),
    expect: administratorsOnly,
  },
}
