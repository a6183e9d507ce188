/** npm run check:data — validates every file in data/ and exits non-zero with one line per problem. */
import { resolve } from 'node:path'
import { readDataFolder } from '../lib/data/check-files'
import { formatProblem } from '../lib/data/format-issues'

const problems = readDataFolder(resolve(import.meta.dirname, '../data')).problems
if (problems.length) {
  console.error(`check:data found ${problems.length} problem(s):`)
  for (const p of problems)
    console.error(`  ${formatProblem(p)}`)
  process.exit(1)
}
console.log('check:data: every file in data/ is valid')
