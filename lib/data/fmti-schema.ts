import { z } from 'zod'
import { FMTI_DIMENSION_IDS, FMTI_DOMAIN_IDS, FMTI_MODEL_IDS } from './ids'
import { everyIdOnce, issuesOf, name, source as sourceRef, text, title, unknownKeys } from './schema-parts'

const dimensionId = z.enum(FMTI_DIMENSION_IDS, { error: `expected a dimension id (${FMTI_DIMENSION_IDS.join(', ')})` })
const modelId = z.enum(FMTI_MODEL_IDS, { error: `expected a model id (${FMTI_MODEL_IDS.join(', ')})` })
const domainId = z.enum(FMTI_DOMAIN_IDS, { error: `expected a domain id (${FMTI_DOMAIN_IDS.join(', ')})` })
const count = z.number({
  error: iss => iss.input === undefined
    ? 'missing: expected the number of indicators satisfied, an integer'
    : `expected the number of indicators satisfied, an integer, got ${JSON.stringify(iss.input)}`,
})
  .int('expected an integer')
  .min(0, 'expected a count of at least 0')

const source = z.object({
  title: title,
  authors: text,
  year: z.number().int(),
  url: z.url({ error: 'expected a URL' }),
  license: text,
  files: z.array(text).min(1),
})

/** The heatmap's caption, in the lecture's words, and the credit under it. */
const caption = z.strictObject({
  text: title,
  credit: text,
  /** Where the lecture's wording and credit come from, and what was corrected. */
  note: text,
  source: sourceRef,
})

const domain = z.object({ id: domainId, name: name, nameZh: name })

const dimension = z.object({
  id: dimensionId,
  name: text,
  nameZh: name,
  domain: domainId,
  /** The subdomain's name in the official CSV ("Data labor" for labor). */
  subdomain: text,
  description: text,
  indicatorCount: z.number().int().positive('expected a positive indicator count'),
})

const model = z.object({
  id: modelId,
  name: name,
  developer: text,
  /** The developer's column in the official CSV ("Hugging Face" for BLOOMZ). */
  csvDeveloper: text,
  /** The official FMTI total, out of 100 indicators. */
  totalScore: z.number().int().min(0).max(100),
})

const indicator = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case id'),
  name: text,
  domain: domainId,
  subdomain: text,
  /** The heatmap dimension this indicator counts towards, or null for the 10 subdomains the lecture leaves out. */
  dimension: dimensionId.nullable(),
  definition: text,
  satisfiedBy: z.array(modelId),
})

const scores = z.record(dimensionId, z.record(modelId, count, { error: unknownKeys('model', FMTI_MODEL_IDS) }), { error: unknownKeys('dimension', FMTI_DIMENSION_IDS) })

export const fmtiSchema = z.object({
  $schema: z.string().optional(),
  edition: text,
  published: z.string().regex(/^\d{4}-\d{2}$/, 'expected a month as YYYY-MM'),
  source,
  caption,
  domains: z.array(domain).length(FMTI_DOMAIN_IDS.length),
  dimensions: z.array(dimension),
  models: z.array(model),
  indicators: z.array(indicator).length(100, 'expected the 100 FMTI v1.0 indicators'),
  scores,
}).superRefine((d, ctx) => {
  const issue = issuesOf(ctx)
  everyIdOnce(d.dimensions, FMTI_DIMENSION_IDS, 'dimensions', issue)
  everyIdOnce(d.models, FMTI_MODEL_IDS, 'models', issue)
  everyIdOnce(d.domains, FMTI_DOMAIN_IDS, 'domains', issue)

  const seen = new Set<string>()
  d.indicators.forEach((ind, i) => {
    if (seen.has(ind.id)) issue(['indicators', i, 'id'], `expected a unique indicator id, "${ind.id}" appears twice`)
    seen.add(ind.id)
    if (new Set(ind.satisfiedBy).size !== ind.satisfiedBy.length)
      issue(['indicators', i, 'satisfiedBy'], 'expected each model at most once')
  })

  d.dimensions.forEach((dim, i) => {
    const members = d.indicators.filter(ind => ind.dimension === dim.id)
    if (members.length !== dim.indicatorCount)
      issue(['dimensions', i, 'indicatorCount'], `expected ${members.length} (the indicators whose dimension is "${dim.id}"), got ${dim.indicatorCount}`)
    const row = d.scores[dim.id]
    if (!row)
      return
    for (const m of FMTI_MODEL_IDS) {
      const value = row[m]
      if (typeof value !== 'number' || value < 0)
        continue // already reported by the field's own check
      if (value > dim.indicatorCount) {
        issue(['scores', dim.id, m], `expected at most ${dim.indicatorCount} (the indicators in "${dim.id}"), got ${value}`)
        continue
      }
      const satisfied = members.filter(ind => ind.satisfiedBy.includes(m)).length
      if (members.length === dim.indicatorCount && satisfied !== value)
        issue(['scores', dim.id, m], `expected ${satisfied} (the "${dim.id}" indicators that list "${m}" in satisfiedBy), got ${value}`)
    }
  })
})

export type FmtiData = z.infer<typeof fmtiSchema>
