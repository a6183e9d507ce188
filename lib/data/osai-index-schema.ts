import { z } from 'zod'
import { OSAI_CLASSES, osaiScore } from '../osai/score'
import { issuesOf, month, text, uniqueIds } from './schema-parts'

// data/osai-index.json is written by `npm run derive:osai` from sources/osai-index/; this schema guards it.

const cls = z.enum(OSAI_CLASSES, {
  error: iss => `${iss.input === undefined ? 'missing: ' : ''}expected open, partial or closed${iss.input === undefined ? '' : `, got ${JSON.stringify(iss.input)}`}`,
})
const paramId = z.string().regex(/^[a-z_]+$/, 'expected a parameter ref as the index names it, such as datasources_basemodel')

const rating = z.strictObject({ class: cls, links: z.array(z.string()), note: z.string() })

const model = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case id'),
  file: z.string().regex(/\.ya?ml$/, 'expected the YAML file name'),
  name: text,
  org: z.string(),
  baseModel: z.string(),
  endModel: z.string(),
  license: z.string(),
  released: month.nullable(),
  link: z.string(),
  type: z.array(text).min(1),
  score: z.number().min(0).max(1),
  ratings: z.record(paramId, rating),
})

export const osaiIndexSchema = z.strictObject({
  $schema: z.string().optional(),
  source: z.strictObject({
    title: text,
    paper: text,
    url: z.url({ protocol: /^https$/, error: 'expected an https:// URL' }),
    doi: z.string().regex(/^10\.\d+\/\S+$/, 'expected a DOI'),
    license: text,
    asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD'),
    files: text,
  }),
  groups: z.array(z.strictObject({ id: text, name: text, nameZh: text, parameters: z.array(paramId).min(1) })).min(1),
  parameters: z.array(z.strictObject({ id: paramId, name: text, nameZh: text, group: text })).length(12, 'expected the index\'s 12 parameters'),
  models: z.array(model).min(1),
}).superRefine((d, ctx) => {
  const issue = issuesOf(ctx)
  uniqueIds(d.parameters, 'parameters', issue)
  uniqueIds(d.models, 'models', issue)
  const ids = d.parameters.map(p => p.id)
  d.parameters.forEach((p, i) => {
    if (!d.groups.some(g => g.id === p.group && g.parameters.includes(p.id)))
      issue(['parameters', i, 'group'], `expected a group that lists "${p.id}", got "${p.group}"`)
  })
  d.models.forEach((m, i) => {
    for (const id of ids) {
      if (!m.ratings[id])
        issue(['models', i, 'ratings', id], `missing: expected the rating of parameter "${id}"`)
    }
    for (const key of Object.keys(m.ratings)) {
      if (!ids.includes(key))
        issue(['models', i, 'ratings', key], `unknown parameter "${key}": expected one of ${ids.join(', ')}`)
    }
    if (ids.every(id => m.ratings[id])) {
      const expected = osaiScore(ids.map(id => m.ratings[id]!.class))
      if (expected !== m.score)
        issue(['models', i, 'score'], `expected ${expected} (the mean of its classes, open 1, partial 0.5, closed 0), got ${m.score}`)
    }
  })
})

export type OsaiIndexData = z.infer<typeof osaiIndexSchema>
