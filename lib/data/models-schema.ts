import { z } from 'zod'
import { nextMonth } from '../format/month'
import { ARCHITECTURES } from './landscape-ids'
import { billions, dataFile, day, isMonth, issuesOf, kebabId, knownIds, month, name, onceEach, oneOf, source, text, title } from './schema-parts'

export const languages = z.array(oneOf('a language', ['en', 'zh', 'multilingual', 'code'])).min(1, 'expected at least one language')

const model = z.strictObject({
  id: kebabId,
  name,
  organisation: text,
  released: month,
  languages,
  parametersB: z.array(billions).min(1, 'expected at least one size, or null when undisclosed').nullable()
    .refine(sizes => !sizes || sizes.every((s, i) => i === 0 || s > sizes[i - 1]!), 'expected sizes in ascending order, each once')
    .describe('Sizes in billions, ascending (one per released size); null when the developer has not disclosed it.'),
  trainingTokensB: billions.nullable().describe('Training tokens in billions (of the largest size), null when unknown.'),
  architecture: oneOf('an architecture', ARCHITECTURES),
  openWeights: z.boolean({ error: 'expected true or false' }),
  baseModel: kebabId.nullable().describe('The model it was built on, an id of `models`.'),
  note: text,
  source,
})

const era = z.strictObject({
  id: kebabId,
  from: month,
  to: month,
  title,
  short: name.describe('A few characters, written above the era\'s band on the timeline.'),
  text,
  highlight: z.array(kebabId).min(1).describe('Models labelled and emphasised while this era is on screen.'),
  source,
})

/** A slide's talking points about some models (GPT-3 and in-context learning, Chinchilla, …). */
const topic = z.strictObject({
  id: kebabId,
  points: z.array(text).min(1),
  models: z.array(kebabId).min(1).describe('Shown as cards beside the points.'),
  source,
})

const excluded = z.strictObject({ name: text.describe('A row of the seeds\' tables that is not a model (a framework, a data set, a hoax).'), reason: text, source })

/** The base-model relation figure: which models it draws, in which click steps. */
const relations = z.strictObject({
  steps: z.array(z.strictObject({ id: kebabId, label: title, roots: z.array(kebabId).min(1) })).min(1)
    .describe('One click step each, drawn as its own block: the trees under its roots (restricted to `shown`).'),
  shown: z.array(kebabId).min(1).describe('The models drawn; every other base-model link of the data is in the figure\'s table.'),
  source,
})

export const modelsSchema = dataFile({
  models: z.array(model).min(1),
  eras: z.array(era).min(1),
  topics: z.array(topic),
  tracker: z.strictObject({ title, medium: name, readOn: day, readNote: text, source })
    .describe('The unsigned, undated list the excluded entries come from, and the day it was read (how that day is known).'),
  excluded: z.array(excluded),
  relations,
}).superRefine((d, ctx) => {
  const issue = issuesOf(ctx)
  const byId = new Map(d.models.map(m => [m.id, m]))
  const modelRefs = ['models[].baseModel', 'eras[].highlight[]', 'topics[].models[]', 'relations.steps[].roots[]', 'relations.shown[]']
  knownIds(issue, d, modelRefs, byId.keys(), id => `expected the id of a model in data/models.json, got ${JSON.stringify(id)}`)
  const [first, last] = [d.eras[0]!, d.eras.at(-1)!]
  d.models.forEach((m, i) => {
    if (isMonth(m.released) && (m.released < first.from || m.released > last.to))
      issue(['models', i, 'released'], `expected a month within the eras (${first.from} to ${last.to}), got ${m.released}`)
    const base = byId.get(m.baseModel!)
    if (m.baseModel === m.id)
      issue(['models', i, 'baseModel'], `expected another model than "${m.id}" itself, or null`)
    else if (base && isMonth(base.released) && isMonth(m.released) && base.released > m.released)
      issue(['models', i, 'baseModel'], `expected a base model released by ${m.released}, "${base.id}" was released ${base.released}`)
  })
  d.eras.forEach((e, i) => {
    if (!isMonth(e.from) || !isMonth(e.to))
      return
    if (e.from > e.to)
      issue(['eras', i, 'to'], `expected a month after "from" (${e.from}), got ${e.to}`)
    const previous = d.eras[i - 1]
    if (previous && isMonth(previous.to) && e.from !== nextMonth(previous.to))
      issue(['eras', i, 'from'], `expected ${nextMonth(previous.to)}, the month after the previous era ends`)
  })
  // Each model drawn hangs, through base models also drawn, from exactly one step's root.
  onceEach(issue, d, 'relations.steps[].roots[]', (r, first) => `expected each root once, "${r}" is already a root of step ${first[2]}`)
  knownIds(issue, d, ['relations.steps[].roots[]'], d.relations.shown, r => `expected a root listed in relations.shown, "${r}" is not`)
  const shown = new Set(d.relations.shown)
  const roots = new Set(d.relations.steps.flatMap(s => s.roots))
  d.relations.shown.forEach((id, i) => {
    // An unknown base model is reported by its own field.
    const base = byId.get(id)?.baseModel
    if (base && !byId.has(base))
      return
    let top = id
    const seen = new Set<string>([id])
    for (let base = byId.get(top)?.baseModel; base && shown.has(base) && !seen.has(base); base = byId.get(top)?.baseModel)
      seen.add(top = base)
    if (!roots.has(top))
      issue(['relations', 'shown', i], `expected "${id}" to descend from a step's root through models shown, it reaches "${top}", which is no root`)
    else if (top !== id && roots.has(id))
      issue(['relations', 'shown', i], `expected a root to have no base model shown, "${id}" is derived from "${top}"`)
  })
})

export type ModelsData = z.infer<typeof modelsSchema>
export type LandscapeModel = ModelsData['models'][number]
export type Era = ModelsData['eras'][number]
