import { randomBytes } from 'node:crypto'
import { administratorsOnly, anyAdministrator, type MatrixRow } from './presets.js'

// The authorisation matrix's rows of the administration's keps (issue 13).
export const kepsMatrix: Record<string, MatrixRow> = {
  'Query.adminKeps': {
    document: 'query { adminKeps(first: 5) { totalCount nodes { id status } } }',
    expect: anyAdministrator,
  },
  'Query.adminKep': {
    document: 'query ($id: ID!) { adminKep(id: $id) { id workstations { label } } }',
    variables: (f) => ({ id: f.kepId }),
    expect: anyAdministrator,
  },
  'Mutation.createKep': {
    document: 'mutation ($input: CreateKepInput!) { createKep(input: $input) { kep { id } } }',
    variables: (f) => ({
      input: {
        code: `M-${randomBytes(4).toString('hex')}`,
        nameEl: 'ΚΕΠ Πίνακα',
        nameEn: 'Matrix KEP',
        municipalityId: f.municipalityId,
        addressEl: 'Ερμού 1',
        addressEn: '1 Ermou Street',
        postalCode: '10563',
        cityEl: 'Αθήνα',
        cityEn: 'Athens',
        phone: '2101234567',
        email: 'matrix@example.gr',
        workstations: ['Θέση 1'],
      },
    }),
    expect: administratorsOnly,
  },
  'Mutation.updateKep': {
    document: 'mutation ($input: UpdateKepInput!) { updateKep(input: $input) { kep { id } } }',
    variables: (f) => ({ input: { kepId: f.kepId, phone: '2101234567' } }),
    expect: administratorsOnly,
  },
  // previews only: the fixture KEP stays open for the other rows
  'Mutation.suspendKep': {
    document:
      'mutation ($input: SuspendKepInput!) { suspendKep(input: $input, impact: { apply: false }) { impact { applied } } }',
    variables: (f) => ({
      input: { kepId: f.kepId, from: '2027-01-25', reasonEl: 'Λόγος', reasonEn: 'Reason' },
    }),
    expect: administratorsOnly,
  },
  'Mutation.closeKep': {
    document:
      'mutation ($input: CloseKepInput!) { closeKep(input: $input, impact: { apply: false }) { impact { applied } } }',
    variables: (f) => ({
      input: { kepId: f.kepId, from: '2027-01-25', reasonEl: 'Λόγος', reasonEn: 'Reason' },
    }),
    expect: administratorsOnly,
  },
  // the fixture KEP is not suspended: the allowed cell is its VALIDATION_FAILED
  'Mutation.resumeKep': {
    document: 'mutation ($kepId: ID!) { resumeKep(kepId: $kepId) { kep { id } } }',
    variables: (f) => ({ kepId: f.kepId }),
    expect: administratorsOnly,
  },
}
