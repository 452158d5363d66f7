import { randomBytes } from 'node:crypto'
import { eq } from 'drizzle-orm'
import { procedures } from '../../modules/catalog/index.js'
import { aProcedure } from '../../test/factories.js'
import {
  administratorsOnly,
  anyAdministrator,
  type MatrixFixtures,
  type MatrixRow,
} from './presets.js'

// The authorisation matrix's rows of the administration's procedures (issue 13, R4.1–R4.4):
// every administrator reads the tables; only ADMINISTRATORs change them (Art. 3.5).

/** A procedure of its own per cell, in the fixture's field: retiring it disturbs no other row. */
async function aFreshProcedure(f: MatrixFixtures): Promise<string> {
  const [fixture] = await f.db
    .select({ categoryId: procedures.categoryId })
    .from(procedures)
    .where(eq(procedures.id, f.procedureId))
  return (await aProcedure(f.db, fixture!.categoryId)).id
}

const fields = () => {
  const code = `MX-${randomBytes(4).toString('hex').toUpperCase()}`
  return {
    code,
    titleEl: `Διαδικασία ${code}`,
    titleEn: `Procedure ${code}`,
    descriptionEl: 'Περιγραφή.',
    descriptionEn: 'Description.',
    requiredDocumentsEl: ['Ταυτότητα'],
    requiredDocumentsEn: ['Identity card'],
  }
}

export const proceduresMatrix: Record<string, MatrixRow> = {
  'Query.adminProcedures': {
    document: '{ adminProcedures(first: 5) { nodes { id code } pageInfo { hasNextPage } } }',
    expect: anyAdministrator,
  },
  'Query.adminProcedure': {
    document: 'query ($id: ID!) { adminProcedure(id: $id) { id active form { sha256 } } }',
    variables: (f) => ({ id: f.procedureId }),
    expect: anyAdministrator,
  },
  'Mutation.createProcedure': {
    document:
      'mutation ($input: CreateProcedureInput!) { createProcedure(input: $input) { procedure { id } } }',
    variables: () => ({ input: { ...fields(), category: 'INFORMATION' } }),
    expect: administratorsOnly,
  },
  'Mutation.updateProcedure': {
    document:
      'mutation ($id: ID!, $input: UpdateProcedureInput!) { updateProcedure(id: $id, input: $input) { procedure { id } } }',
    variables: async (f) => ({ id: await aFreshProcedure(f), input: fields() }),
    expect: administratorsOnly,
  },
  'Mutation.retireProcedure': {
    document: 'mutation ($id: ID!) { retireProcedure(id: $id) { procedure { active } } }',
    variables: async (f) => ({ id: await aFreshProcedure(f) }),
    expect: administratorsOnly,
  },
  'Mutation.restoreProcedure': {
    document: 'mutation ($id: ID!) { restoreProcedure(id: $id) { procedure { active } } }',
    variables: async (f) => ({ id: await aFreshProcedure(f) }),
    expect: administratorsOnly,
  },
  'Mutation.removeProcedureForm': {
    document: 'mutation ($id: ID!) { removeProcedureForm(id: $id) { removed } }',
    variables: async (f) => ({ id: await aFreshProcedure(f) }),
    expect: administratorsOnly,
  },
}
