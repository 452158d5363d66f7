import path from 'node:path'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'
import { serverRoot } from '../../platform/config.js'

// Issue 12: occupancy belongs to scheduling, and the boundary is a lint rule (eslint.config.js,
// occupancyBoundary), not only a sentence. The workspace's own config is run on fixture code.

const eslint = new ESLint({ cwd: path.dirname(serverRoot) })

async function problemsOf(code: string, file: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(serverRoot, file) })
  return result!.messages.map((m) => m.message)
}

const refusal =
  'Only the scheduling module reads or writes occupancy: use its API (reserve, move, release, availability).'

describe('issue 12: nothing outside scheduling names the occupancy table', () => {
  it('refuses another module importing the table, or naming it in SQL', async () => {
    expect(
      await problemsOf(
        "import { occupancy } from '../scheduling/occupancy.table.js'\nexport const t = occupancy\n",
        'src/modules/calls/fixture.ts',
      ),
    ).toContain(refusal)
    expect(
      await problemsOf(
        "import { sql } from 'drizzle-orm'\nexport const q = (id: string) => sql`select employee_id from occupancy where id = ${id}`\n",
        'src/modules/bookings/fixture.ts',
      ),
    ).toContain(refusal)
    expect(
      await problemsOf("export const q = 'select * from Occupancy'\n", 'src/app/fixture.ts'),
    ).toContain(refusal)
  })

  it('lets scheduling itself use it, and others use its API', async () => {
    expect(
      await problemsOf(
        "import { occupancy } from './occupancy.table.js'\nexport const t = occupancy\n",
        'src/modules/scheduling/fixture.ts',
      ),
    ).toEqual([])
    expect(
      await problemsOf(
        "import { reserve } from '../scheduling/index.js'\nexport const r = reserve\n",
        'src/modules/bookings/fixture.ts',
      ),
    ).toEqual([])
  })
})
