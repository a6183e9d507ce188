import { z } from 'zod'
import { findCycle, formatCycle } from '../evolution/find-cycle'
import { EVOLUTION_METHOD_IDS } from './gpt-evolution-ids'
import { dataFile, date, day, https, isMonth, issuesOf, knownIds, month, name, onceEach, oneOf, seedFile, text, title } from './schema-parts'

const id = z.string().regex(/^[a-z0-9]+([.-][a-z0-9]+)*$/, 'expected a lower-case id such as gpt-3.5-turbo-0613')

const methodId = oneOf('a method id', EVOLUTION_METHOD_IDS)
/** An id of an entry of `sources`; it is checked in the file-level refinement, as are ids of series, families and nodes. */
const sourceRef = id

/** Where facts come from: a seed file, a public URL, or both; nodes and claims refer to it by id. */
const source = z.strictObject({
  id,
  short: name.describe('A few words for the hover card ("OpenAI model index").'),
  label: title,
  publisher: name.optional().describe('Who publishes it (a citation\'s author), where the label alone does not say it plainly.'),
  published: date.optional().describe('When it was published (YYYY-MM or YYYY-MM-DD); a `snapshot` is the archived copy read, of that date.'),
  dateKind: oneOf('a kind of date', ['snapshot']).optional(),
  seed: seedFile.optional(),
  url: https.optional(),
}).refine(s => s.seed !== undefined || s.url !== undefined, 'expected seed (a seed file name) or url, or both')

const named = z.strictObject({ id, name })

const method = z.strictObject({
  id: methodId,
  kind: oneOf('a kind', ['training', 'relation']).describe('"training": the child was trained from the parent; "relation": a renaming, replacement or variant.'),
  label: title,
  description: text,
})

/** The row of the seed's GPT-3.5 Turbo table (seed 000) for a model that has one. */
const apiRow = z.strictObject({
  badge: oneOf('a badge', ['New', 'Legacy']).optional(),
  headline: text.optional().describe('A heading the table prints before the description ("Updated GPT 3.5 Turbo").'),
  contextWindow: z.number({ error: 'expected a number of tokens' }).int('expected a whole number of tokens').positive('expected a positive number of tokens'),
  trainingCutoff: month,
})

const sources = z.array(sourceRef).min(1, 'expected at least one source')
/** Where sources disagree on the month. */
const releasedRange = z.strictObject({ from: month, to: month, note: text.describe('Who says what, in one line.'), sources })

const node = z.strictObject({
  id,
  name: name.describe('What the card shows: the API name, or the product\'s name (ChatGPT).'),
  series: id,
  family: id,
  released: month,
  releasedRange: releasedRange.optional(),
  description: text,
  api: apiRow.optional(),
  sources,
})

const claim = z.strictObject({ method: methodId, text, source: sourceRef })

const edge = z.strictObject({
  from: id,
  to: id,
  method: methodId.describe('The method drawn: one that a claim states.'),
  evidence: oneOf('the kind of evidence', ['stated', 'inferred']).describe('"stated" when a source names this parent; "inferred" when a source reasons its way to it (drawn dashed).'),
  claims: z.array(claim).min(1, 'expected at least one claim'),
})

const turboTable = z.strictObject({
  heading: text,
  intro: text,
  rows: z.array(id).min(1).describe('Node ids, in the seed\'s row order.'),
  source: sourceRef,
  shown: z.strictObject({ after: day, before: day, note: text }).optional()
    .describe('When the table was read (its "New", "Currently points to" hold between the two days); `note` says how it is known.'),
})

export const gptEvolutionSchema = dataFile({
  title,
  caption: text.describe('The line under the graph that names where its facts come from.'),
  sources: z.array(source).min(1),
  series: z.array(named).min(1),
  families: z.array(named).min(1),
  methods: z.array(method).length(EVOLUTION_METHOD_IDS.length, `expected the ${EVOLUTION_METHOD_IDS.length} methods`),
  stepByMonthThrough: month.describe('Click steps: one per release month up to this month, then one step for everything later.'),
  nodes: z.array(node).min(1),
  edges: z.array(edge),
  turboTable,
}).superRefine((d, ctx) => {
  const issue = issuesOf(ctx)
  const sourceRefs = ['nodes[].sources[]', 'nodes[].releasedRange.sources[]', 'edges[].claims[].source', 'turboTable.source']
  knownIds(issue, d, sourceRefs, d.sources.map(s => s.id), ref => `expected the id of an entry in sources, got "${ref}"`)
  for (const [field, list] of [['series', d.series], ['family', d.families]] as const) {
    const ids = list.map(x => x.id)
    knownIds(issue, d, [`nodes[].${field}`], ids, id => `expected a ${field} id (${ids.join(', ')}), got "${id}"`)
  }
  const nodeById = new Map(d.nodes.map(n => [n.id, n]))
  knownIds(issue, d, ['edges[].from', 'edges[].to', 'turboTable.rows[]'], nodeById.keys(), id => `expected the id of a node in nodes, got "${id}"`)

  // A month that failed its own check (reported there) is skipped here; YYYY-MM months compare as strings.
  d.nodes.forEach((n, i) => {
    if (n.api && !d.turboTable.rows.includes(n.id))
      issue(['nodes', i, 'api'], `expected "${n.id}" to be listed in turboTable.rows, since it has an api row`)
    const r = n.releasedRange
    if (!r || ![r.from, r.to, n.released].every(isMonth))
      return
    if (r.from >= r.to)
      issue(['nodes', i, 'releasedRange', 'to'], `expected a month after "from" (${r.from}), got ${r.to}`)
    else if (n.released < r.from || n.released > r.to)
      issue(['nodes', i, 'released'], `expected a month within releasedRange (${r.from} to ${r.to}), got ${n.released}`)
  })

  const seenEdges = new Set<string>()
  d.edges.forEach((e, i) => {
    const key = `${e.from}->${e.to}`
    if (seenEdges.has(key))
      issue(['edges', i], `expected each edge once, ${key} appears twice`)
    seenEdges.add(key)
    const stated = [...new Set(e.claims.map(c => c.method))]
    if (!stated.includes(e.method))
      issue(['edges', i, 'method'], `expected a method that one of its claims states (${stated.join(', ')}), got "${e.method}"`)
    const [parent, child] = [nodeById.get(e.from)?.released, nodeById.get(e.to)?.released]
    if (isMonth(parent) && isMonth(child) && child < parent)
      issue(['edges', i], `expected "${e.to}" (${child}) to be released no earlier than its parent "${e.from}" (${parent})`)
  })
  const cycle = findCycle(d.nodes.map(n => n.id), d.edges)
  if (cycle)
    issue(['edges'], `expected a lineage without cycles, got ${formatCycle(cycle)}`)

  const t = d.turboTable
  if (t.shown && t.shown.after >= t.shown.before)
    issue(['turboTable', 'shown', 'before'], `expected a day after ${t.shown.after}, got ${t.shown.before}`)
  onceEach(issue, d, 'turboTable.rows[]', row => `expected each model once, "${row}" appears twice`)
  t.rows.forEach((row, i) => {
    if (nodeById.has(row) && !nodeById.get(row)!.api)
      issue(['turboTable', 'rows', i], `expected a node with an api row (context window, training cutoff), "${row}" has none`)
  })
})

export type GptEvolutionData = z.infer<typeof gptEvolutionSchema>
