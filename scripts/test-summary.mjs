// Prints one closing line for CI ("N passed, N failed") from the Vitest JSON reports that npm test writes.
import { readFileSync } from 'node:fs'

let passed = 0
let failed = 0
let skipped = 0
for (const name of ['unit', 'e2e']) {
  const report = JSON.parse(readFileSync(new URL(`../test-results/${name}.json`, import.meta.url), 'utf8'))
  passed += report.numPassedTests
  failed += report.numFailedTests
  skipped += report.numPendingTests + report.numTodoTests
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
process.exit(failed ? 1 : 0)
