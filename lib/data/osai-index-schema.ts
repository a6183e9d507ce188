import { z } from 'zod'
import { OSAI_CLASSES } from '../osai/score'
import { unknownKeysMessage } from './format-issues'
import { boundedText, dataFile, day, https, issuesOf, kebabId, month, name, oneOf, optionalText, text, TEXT_LIMITS } from './schema-parts'

// data/osai-index.json is written by `npm run derive:osai` from sources/osai-index/; this schema guards it.

const paramId = z.string().max(TEXT_LIMITS.id, `expected an id of at most ${TEXT_LIMITS.id} characters`).regex(/^[a-z_]+$/, 'expected a parameter ref as the index names it, such as datasources_basemodel')

/** A group's id, as the index writes it. */
const boundedTextId = boundedText(TEXT_LIMITS.id, 'an id')
const link = optionalText(TEXT_LIMITS.link, 'a link')
const rating = z.strictObject({ class: oneOf('a class', OSAI_CLASSES), links: z.array(link), note: optionalText(TEXT_LIMITS.text, 'text') })

const model = z.strictObject({
  id: kebabId,
  file: z.string().max(TEXT_LIMITS.id, `expected a file name of at most ${TEXT_LIMITS.id} characters`).regex(/\.ya?ml$/, 'expected the YAML file name'),
  name,
  org: optionalText(TEXT_LIMITS.title, 'a name'),
  baseModel: optionalText(TEXT_LIMITS.title, 'a name'),
  endModel: optionalText(TEXT_LIMITS.title, 'a name'),
  license: optionalText(TEXT_LIMITS.title, 'a name'),
  released: month.nullable(),
  link,
  type: z.array(text).min(1),
  ratings: z.record(paramId, rating),
})

export const osaiIndexSchema = dataFile({
  source: z.strictObject({
    title: text,
    paper: text,
    authors: z.array(name).min(1).describe('The paper\'s authors, as it names them: the index\'s citation.'),
    year: z.number().int().min(2023).max(2100),
    paperTitle: text,
    venue: text,
    pages: text,
    repository: https.describe('The public repository of the index\'s database and the commit the vendored files come from.'),
    revision: z.string().regex(/^[0-9a-f]{7,40}$/, 'expected a git commit'),
    url: https,
    doi: z.string().regex(/^10\.\d+\/\S+$/, 'expected a DOI'),
    license: text,
    asOf: day,
    files: text,
  }),
  groups: z.array(z.strictObject({ id: boundedTextId, name, nameZh: name, parameters: z.array(paramId).min(1) })).min(1),
  parameters: z.array(z.strictObject({ id: paramId, name, nameZh: name, group: boundedTextId })).length(12, 'expected the index\'s 12 parameters'),
  models: z.array(model).min(1),
}).superRefine((d, ctx) => {
  const issue = issuesOf(ctx)
  const ids = d.parameters.map(p => p.id)
  d.parameters.forEach((p, i) => {
    if (!d.groups.some(g => g.id === p.group && g.parameters.includes(p.id)))
      issue(['parameters', i, 'group'], `expected a group that lists "${p.id}", got "${p.group}"`)
  })
  d.models.forEach((m, i) => {
    for (const id of ids.filter(id => !m.ratings[id]))
      issue(['models', i, 'ratings', id], `missing: expected the rating of parameter "${id}"`)
    for (const key of Object.keys(m.ratings).filter(key => !ids.includes(key)))
      issue(['models', i, 'ratings', key], unknownKeysMessage([key], ids))
  })
})

export type OsaiIndexData = z.infer<typeof osaiIndexSchema>
