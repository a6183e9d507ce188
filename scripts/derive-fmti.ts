/**
 * Fills the derived parts of data/fmti-2023.json (indicators, scores, indicator counts, totals) from the official
 * FMTI CSVs in sources/fmti/, keeping the hand-written parts (names, descriptions, order) as they are.
 * Run: npm run derive:fmti
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { csvParse } from 'd3-dsv'
import { deriveEditions } from '../lib/fmti/derive-editions'

const root = resolve(import.meta.dirname, '..')
const csvDir = resolve(root, 'sources/fmti')
const target = resolve(root, 'data/fmti-2023.json')

const read = (name: string) => csvParse(readFileSync(resolve(csvDir, name), 'utf8').replace(/^\uFEFF/, ''))
const slug = (s: string) => s.trim().toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')

const doc = JSON.parse(readFileSync(target, 'utf8'))
const scores = read('2023-10-scores.csv')
// The two CSVs list the same indicators in the same order, some under slightly different names
// ("Data copyright status" / "Copyrighted data"): join by position, checking that the subdomains agree.
const definitions = read('2023-10-indicators.csv')
const dimensionOf = new Map<string, string>(doc.dimensions.map((d: { subdomain: string, id: string }) => [d.subdomain.toLowerCase(), d.id]))

const indicatorRows = scores.filter(r => r.Domain?.trim())
if (indicatorRows.length !== definitions.length)
  throw new Error(`expected as many indicators in both CSVs, got ${indicatorRows.length} and ${definitions.length}`)
doc.indicators = indicatorRows.map((r, i) => {
  const name = r.Indicator!.trim()
  const def = definitions[i]!
  if (def.Subdomain!.trim().toLowerCase() !== r.Subdomain!.trim().toLowerCase())
    throw new Error(`indicator ${i + 1} "${name}": subdomain "${r.Subdomain}" in the scores, "${def.Subdomain}" in the definitions`)
  const definition = def.Definition!.trim()
  return {
    id: slug(name),
    name,
    domain: slug(r.Domain!),
    subdomain: r.Subdomain!.trim(),
    dimension: dimensionOf.get(r.Subdomain!.trim().toLowerCase()) ?? null,
    definition,
    satisfiedBy: doc.models.filter((m: { csvDeveloper: string }) => r[m.csvDeveloper] === '1').map((m: { id: string }) => m.id),
  }
})

for (const dim of doc.dimensions) {
  const members = doc.indicators.filter((i: { dimension: string }) => i.dimension === dim.id)
  dim.indicatorCount = members.length
  doc.scores[dim.id] = Object.fromEntries(doc.models.map((m: { id: string }) =>
    [m.id, members.filter((i: { satisfiedBy: string[] }) => i.satisfiedBy.includes(m.id)).length]))
}
for (const m of doc.models)
  m.totalScore = doc.indicators.filter((i: { satisfiedBy: string[] }) => i.satisfiedBy.includes(m.id)).length

writeFileSync(target, `${JSON.stringify(doc, null, 2)}\n`)
console.log(`wrote ${target}: ${doc.indicators.length} indicators, ${doc.dimensions.length} dimensions, ${doc.models.length} models`)

// --- All three editions: data/fmti-editions.json (scores, definitions) and data/fmti-reports-<edition>.json
// (each developer's disclosure, justification and references; large, so the deck loads them only when asked).
const files: Record<string, string> = {}
const walk = (dir: string, prefix = '') => {
  for (const entry of readdirSync(resolve(csvDir, dir), { withFileTypes: true })) {
    const rel = prefix + entry.name
    if (entry.isDirectory()) walk(resolve(csvDir, dir, entry.name), `${rel}/`)
    else if (entry.name.endsWith('.csv')) files[rel] = readFileSync(resolve(csvDir, dir, entry.name), 'utf8')
  }
}
walk('.')
const derived = deriveEditions({
  files,
  dimensionOf,
  flagship2023: Object.fromEntries(doc.models.map((m: { csvDeveloper: string, name: string }) => [m.csvDeveloper, m.name])),
})
const meta: Record<string, { name: string, published: string, citation: string, url: string, files: string[] }> = {
  '2023-10': { name: 'FMTI v1.0', published: '2023-10', citation: 'Bommasani, Klyman, Longpre, Kapoor, Maslej, Xiong, Zhang, Liang, "The Foundation Model Transparency Index" (2023)', url: 'https://arxiv.org/abs/2310.12941', files: ['2023-10-scores.csv', '2023-10-indicators.csv'] },
  '2024-05': { name: 'FMTI v1.1', published: '2024-05', citation: 'Bommasani, Klyman, Kapoor, Longpre, Xiong, Maslej, Liang, "The Foundation Model Transparency Index v1.1" (2024)', url: 'https://arxiv.org/abs/2407.12929', files: ['2024-05-scores.csv', 'reports-2024-05/*.csv'] },
  '2025-12': { name: 'FMTI 2025', published: '2025-12', citation: 'The Foundation Model Transparency Index, December 2025 edition', url: 'https://crfm.stanford.edu/fmti/', files: ['2025-12-scores.csv', '2025-12-indicators.csv', 'reports-2025-12/*.csv'] },
}
const editionsTarget = resolve(root, 'data/fmti-editions.json')
writeFileSync(editionsTarget, `${JSON.stringify({
  $schema: './schemas/fmti-editions.schema.json',
  license: 'CC-BY 4.0 (stanford-crfm/fmti, vendored in sources/fmti/)',
  editions: derived.editions.map(e => ({ id: e.id, ...meta[e.id], subdomains: e.subdomains, indicators: e.indicators, developers: e.developers })),
}, null, 2).replace(/\[\n\s+([\d,\s]+?)\n\s+\]/g, (_, inner: string) => `[${inner.replace(/\s+/g, '')}]`)}\n`)
console.log(`wrote ${editionsTarget}: ${derived.editions.map(e => `${e.id} (${e.developers.length} developers)`).join(', ')}`)
for (const r of derived.reports) {
  const t = resolve(root, `data/fmti-reports-${r.edition}.json`)
  writeFileSync(t, `${JSON.stringify({ $schema: `./schemas/fmti-reports-${r.edition}.schema.json`, ...r })}\n`)
  console.log(`wrote ${t}`)
}
