import { z } from 'zod'
import { LANGUAGES, type ModelsData } from './models-schema'
import { billions, dataFile, type Issue, kebabId, knownIds, name, source, text, title } from './schema-parts'

const TUNING = ['SFT', 'RLHF'] as const
const DATA_KINDS = ['instruction', 'conversation', 'preference', 'tool', 'pretraining'] as const

const dataset = z.strictObject({
  kind: z.enum(DATA_KINDS, { error: `expected a kind of data (${DATA_KINDS.join(', ')})` }),
  /** Number of examples (instructions, conversations, comparisons); null when the project does not say. */
  count: z.number({ error: 'expected a number of examples, or null' }).int('expected a whole number of examples').positive('expected a positive number of examples').nullable(),
  /** A size that is not a count, such as "20GB". */
  volume: text.optional(),
  origin: text,
})

const project = z.strictObject({
  id: kebabId,
  name: name,
  organisation: text,
  /** The project's own entry in data/models.json, where it has one (it is then drawn on the timeline too). */
  model: kebabId.optional(),
  backbone: z.strictObject({
    /** As the project names it ("LLaMA-7B"). */
    name: name,
    /** Ids of data/models.json. */
    models: z.array(kebabId),
  }),
  sizesB: z.array(billions).min(1, 'expected at least one size'),
  languages: z.array(z.enum(LANGUAGES, { error: `expected a language (${LANGUAGES.join(', ')})` })).min(1),
  data: z.array(dataset).min(1, 'expected at least one data set'),
  tuning: z.array(z.enum(TUNING, { error: `expected a tuning strategy (${TUNING.join(', ')})` })).min(1),
  note: text,
  source,
})

const axis = z.strictObject({
  id: z.enum(['backbone', 'data', 'tuning', 'sizes'], { error: 'expected backbone, data, tuning or sizes' }),
  title: title,
  text,
})

export const openChatModelsSchema = dataFile({
  /** How seed 004 compares the projects: one line per column. */
  axes: z.array(axis).length(4, 'expected the four axes: backbone, data, tuning, sizes'),
  projects: z.array(project).min(1),
  source,
}).superRefine((d, ctx) => {
  d.projects.forEach((p, i) => {
    if (new Set(p.tuning).size !== p.tuning.length)
      ctx.addIssue({ code: 'custom', path: ['projects', i, 'tuning'], message: 'expected each tuning strategy once' })
  })
})

export type OpenChatModelsData = z.infer<typeof openChatModelsSchema>

/** Each model a project names is one of data/models.json. */
export function openChatModelReferences(d: OpenChatModelsData, models: ModelsData, issue: Issue) {
  knownIds(issue, d, ['projects[].model', 'projects[].backbone.models[]'], models.models.map(m => m.id), id => `expected the id of a model in data/models.json, got ${JSON.stringify(id)}`)
}
export type OpenChatDataset = OpenChatModelsData['projects'][number]['data'][number]
