// Fails when the apps' generated operation types (src/gql) differ from what is committed:
// run after `pnpm codegen`, so an operation changed without regenerating cannot land.
import { execFileSync } from 'node:child_process'

const changed = execFileSync('git', ['status', '--porcelain', '--', '*/src/gql'], {
  encoding: 'utf8',
}).trim()
if (changed) {
  process.stderr.write(
    `The generated GraphQL types are out of date; run \`pnpm codegen\` and commit:\n${changed}`,
  )
  process.exit(1)
}
process.stdout.write('generated GraphQL types are up to date\n')
