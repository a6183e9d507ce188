import { z } from 'zod'
import { FMTI_EDITION_IDS } from './ids'
import { dataFile, day, https, issuesOf, kebabId, month, name, oneOf, text, title } from './schema-parts'

// data/fmti-editions.json is written by `npm run derive:fmti` from sources/fmti/; this schema guards it.

const bit = z.union([z.literal(0), z.literal(1)], { error: 'expected a score 0 or 1' })
const subdomain = z.strictObject({ id: kebabId, name: name.describe('Drawn as a chart\'s label.'), domain: kebabId })

const indicator = z.strictObject({
  id: kebabId,
  name: text,
  subdomain: kebabId,
  definition: text,
  formerName: text.optional().describe('The indicator\'s 2023 name where the 2024 edition renamed it.'),
})

const developer = z.strictObject({
  id: kebabId,
  name,
  scores: z.array(bit).describe('0/1 per indicator, in the order of `indicators`; the developer\'s total is their sum.'),
})

const edition = z.strictObject({
  id: oneOf('an edition id', FMTI_EDITION_IDS),
  name: name.describe('Short, for the edition switch and the trend\'s columns (FMTI v1.0).'),
  title: title.describe('In full (Foundation Model Transparency Index v1.0), for the lecture\'s caption.'),
  published: month,
  authors: z.array(title).min(1, 'expected at least one author').describe('Family names, or the organisation where the report names no authors.'),
  paperTitle: title.describe('The paper or report the edition is published in.'),
  url: https,
  files: z.array(text).min(1),
  subdomains: z.array(subdomain).min(1),
  indicators: z.array(indicator).length(100, 'expected the 100 indicators of the edition'),
  developers: z.array(developer).min(1),
}).superRefine((e, ctx) => {
  const issue = issuesOf(ctx)
  const subs = new Set(e.subdomains.map(s => s.id))
  e.indicators.forEach((ind, i) => {
    if (!subs.has(ind.subdomain))
      issue(['indicators', i, 'subdomain'], `expected one of the edition's subdomain ids, got "${ind.subdomain}"`)
  })
  e.developers.forEach((d, i) => {
    if (d.scores.length !== e.indicators.length)
      issue(['developers', i, 'scores'], `expected ${e.indicators.length} scores (one per indicator), got ${d.scores.length}`)
  })
})

export const fmtiEditionsSchema = dataFile({
  source: z.strictObject({
    repository: https,
    revision: z.string().regex(/^[0-9a-f]{7,40}$/, 'expected a git revision such as f4500c5'),
    revisedOn: day,
    license: text,
  }).describe('The repository the vendored CSVs (sources/fmti/) were copied from, at which revision, under which licence.'),
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
