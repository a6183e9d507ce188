/**
 * npm run schemas — writes data/schemas/<file>.schema.json from the zod schemas, so that editors offer completion
 * and errors while a lecturer edits data/*.json. A unit test fails when the committed files are out of date.
 */
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { dataSchemas, jsonSchemaFor } from '../lib/data/registry'

for (const file of Object.keys(dataSchemas)) {
  const target = resolve(import.meta.dirname, '../data/schemas', file.replace(/\.json$/, '.schema.json'))
  writeFileSync(target, jsonSchemaFor(file))
  console.log(`wrote ${target}`)
}
