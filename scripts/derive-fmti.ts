/**
 * Fills the derived parts of data/fmti-2023.json (indicators, scores, indicator counts, totals) from the official
 * FMTI CSVs in sources/fmti/, keeping the hand-written parts (names, descriptions, order) as they are.
 * Run: npm run derive:fmti
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { csvParse } from 'd3-dsv'

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
