import { z } from 'zod'
import type { FmtiEditionsData } from './fmti-editions-schema'
import { dataFile, type Issue, kebabId, knownIds, name, onceEach, source, text, title } from './schema-parts'

// data/fmti-2023.json: the lecture's heatmap of the 2023 edition, what the editions (data/fmti-editions.json, derived
// from the official CSVs) do not hold: the lecture's caption, its 13 dimensions (one subdomain each, named in English
// and Chinese) and its 10 models, one per developer. Scores and indicators come from the editions.

/** The heatmap's caption, in the lecture's words, and the credit under it. */
const caption = z.strictObject({ text: title, credit: text, note: text.describe('Where the wording and credit come from, and what was corrected.'), source })

const domain = z.strictObject({ id: kebabId, name, nameZh: name })

const dimension = z.strictObject({
  id: kebabId,
  name,
  nameZh: name,
  subdomain: kebabId.describe('The edition\'s subdomain this dimension is ("data-labor" for labor); its indicators are the dimension\'s.'),
  description: text,
})

const model = z.strictObject({
  id: kebabId,
  name,
  developer: kebabId.describe('The id of the developer the edition scored for this model.'),
  developerLabel: name.optional().describe('The developer as the lecture\'s table names it, where the index names it otherwise (BigScience for BLOOMZ).'),
})

export const fmtiSchema = dataFile({
  caption,
  domains: z.array(domain).min(1),
  dimensions: z.array(dimension).min(1),
  models: z.array(model).min(1),
})

export type FmtiData = z.infer<typeof fmtiSchema>

/**
 * The lecture's table against the editions: each dimension is a subdomain of 2023-10, each of its developers has one
 * model, and every domain the editions group their subdomains in has a name.
 */
export function fmtiLectureReferences(d: FmtiData, editions: FmtiEditionsData, issue: Issue) {
  const edition = editions.editions.find(e => e.id === '2023-10')!
  const refs = [['dimensions', 'subdomain', edition.subdomains], ['models', 'developer', edition.developers]] as const
  for (const [key, field, list] of refs) {
    const ids = list.map(x => x.id)
    knownIds(issue, d, [`${key}[].${field}`], ids, id => `expected a ${field} id of FMTI ${edition.id} (${ids.join(', ')}), got "${id}"`)
    onceEach(issue, d, `${key}[].${field}`, id => `expected each ${field} once, "${id}" appears twice`)
  }
  for (const dev of edition.developers) {
    if (!d.models.some(m => m.developer === dev.id))
      issue(['models'], `expected a model of each developer FMTI ${edition.id} scored, "${dev.id}" has none`)
  }
  for (const domain of new Set(editions.editions.flatMap(e => e.subdomains.map(s => s.domain)))) {
    if (!d.domains.some(x => x.id === domain))
      issue(['domains'], `expected an entry with id "${domain}" (a domain of the FMTI editions), which is missing`)
  }
}
