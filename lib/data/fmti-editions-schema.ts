import { z } from 'zod'
import { FMTI_DIMENSION_IDS, FMTI_DOMAIN_IDS, FMTI_EDITION_IDS } from './ids'
import { issuesOf, kebabId, month, name, text, uniqueIds } from './schema-parts'

const editionId = z.enum(FMTI_EDITION_IDS, { error: `expected an edition id (${FMTI_EDITION_IDS.join(', ')})` })
const bit = z.union([z.literal(0), z.literal(1)], { error: 'expected a score 0 or 1' })

const subdomain = z.strictObject({
  id: kebabId,
  // Drawn as a chart's label.
  name,
  domain: z.enum(FMTI_DOMAIN_IDS, { error: `expected a domain id (${FMTI_DOMAIN_IDS.join(', ')})` }),
  /** The lecture's heatmap dimension this 2023 subdomain is, or null. */
  dimension: z.enum(FMTI_DIMENSION_IDS, { error: `expected a dimension id (${FMTI_DIMENSION_IDS.join(', ')})` }).nullable(),
})

const indicator = z.strictObject({
  id: kebabId,
  name: text,
  subdomain: kebabId,
  definition: text,
  /** The indicator's 2023 name where the 2024 edition renamed it. */
  formerName: text.optional(),
})

const developer = z.strictObject({
  id: kebabId,
  // Drawn as a chart's label.
  name,
  /** The flagship model the edition scored, where the source names it. */
  flagship: text.optional(),
  /** Indicators satisfied, out of 100. */
  total: z.number().int().min(0).max(100),
  /** 0/1 per indicator, in the order of `indicators`. */
  scores: z.array(bit),
})

const edition = z.strictObject({
  id: editionId,
  name,
  published: month,
  citation: text,
  url: z.url({ protocol: /^https$/, error: 'expected an https:// URL' }),
  files: z.array(text).min(1),
  subdomains: z.array(subdomain).min(1),
  indicators: z.array(indicator).length(100, 'expected the 100 indicators of the edition'),
  developers: z.array(developer).min(1),
}).superRefine((e, ctx) => {
  const issue = issuesOf(ctx)
  uniqueIds(e.subdomains, 'subdomains', issue)
  uniqueIds(e.indicators, 'indicators', issue)
  uniqueIds(e.developers, 'developers', issue)
  const subs = new Set(e.subdomains.map(s => s.id))
  e.indicators.forEach((ind, i) => {
    if (!subs.has(ind.subdomain))
      issue(['indicators', i, 'subdomain'], `expected one of the edition's subdomain ids, got "${ind.subdomain}"`)
  })
  e.developers.forEach((d, i) => {
    if (d.scores.length !== e.indicators.length)
      issue(['developers', i, 'scores'], `expected ${e.indicators.length} scores (one per indicator), got ${d.scores.length}`)
    const sum = d.scores.reduce<number>((a, b) => a + b, 0)
    if (sum !== d.total)
      issue(['developers', i, 'total'], `expected ${sum} (the sum of the scores), got ${d.total}`)
  })
})

export const fmtiEditionsSchema = z.strictObject({
  $schema: z.string().optional(),
  license: text,
  editions: z.array(edition).length(FMTI_EDITION_IDS.length),
}).superRefine((d, ctx) => {
  const issue = issuesOf(ctx)
  d.editions.forEach((e, i) => {
    if (e.id !== FMTI_EDITION_IDS[i])
      issue(['editions', i, 'id'], `expected "${FMTI_EDITION_IDS[i]}" (editions in order ${FMTI_EDITION_IDS.join(', ')}), got "${e.id}"`)
  })
})

export type FmtiEditionsData = z.infer<typeof fmtiEditionsSchema>
export type FmtiEdition = FmtiEditionsData['editions'][number]
export type { FmtiEditionId } from './ids'
