/**
 * Writes data/fmti-editions.json (the three editions: developers, subdomains, indicators with definitions, 0/1
 * scores) and data/fmti-reports-<edition>.json (each developer's disclosure, justification and references; large, so
 * the deck loads them only when asked) from the official FMTI CSVs in sources/fmti/, by lib/fmti/derive-editions.ts.
 * Run: npm run derive:fmti
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { relative, resolve } from 'node:path'
import { editionFiles } from '../lib/fmti/derive-editions'

const root = resolve(import.meta.dirname, '..')
const csvDir = resolve(root, 'sources/fmti')

const files: Record<string, string> = {}
for (const entry of readdirSync(csvDir, { recursive: true, encoding: 'utf8' }).sort()) {
  if (entry.endsWith('.csv'))
    files[relative(csvDir, resolve(csvDir, entry))] = readFileSync(resolve(csvDir, entry), 'utf8')
}
for (const [name, text] of Object.entries(editionFiles({ files }))) {
  writeFileSync(resolve(root, 'data', name), text)
  console.log(`wrote data/${name}`)
}
