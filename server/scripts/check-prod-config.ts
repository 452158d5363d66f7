import { productionConfigProblems } from '../src/platform/production-config.js'

// Issue 19 item 7: `pnpm check:prod-config` — run it with the production environment before a
// deployment. Exit 0 when the configuration is fit for production; exit 1 listing each problem.
const problems = productionConfigProblems(process.env)
if (problems.length === 0) {
  process.stdout.write('production configuration: OK\n')
  process.exit(0)
}
process.stderr.write(
  `production configuration refused (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
    problems.map((p) => `  - ${p}\n`).join(''),
)
process.exit(1)
