import { z } from 'zod'
import { languages, type ModelsData } from './models-schema'
import { billions, dataFile, type Issue, issuesOf, kebabId, knownIds, name, oneOf, source, text, title } from './schema-parts'

const dataset = z.strictObject({
  kind: oneOf('a kind of data', ['instruction', 'conversation', 'preference', 'tool', 'pretraining']),
  count: z.number({ error: 'expected a number of examples, or null' }).int('expected a whole number of examples').positive('expected a positive number of examples').nullable()
    .describe('Number of examples (instructions, conversations, comparisons); null when the project does not say.'),
  volume: text.optional().describe('A size that is not a count, such as "20GB".'),
  origin: text,
})

const project = z.strictObject({
  id: kebabId,
  name,
  organisation: text,
  model: kebabId.optional().describe('The project\'s own entry in data/models.json, where it has one (it is then drawn on the timeline too).'),
  backbone: z.strictObject({ name: name.describe('As the project names it ("LLaMA-7B").'), models: z.array(kebabId).describe('Ids of data/models.json.') }),
  sizesB: z.array(billions).min(1, 'expected at least one size'),
  languages,
  data: z.array(dataset).min(1, 'expected at least one data set'),
  tuning: z.array(oneOf('a tuning strategy', ['SFT', 'RLHF'])).min(1),
  note: text,
  source,
})

export const openChatModelsSchema = dataFile({
  axes: z.array(z.strictObject({ id: oneOf('an axis', ['backbone', 'data', 'tuning', 'sizes']), title, text }))
    .length(4, 'expected the four axes: backbone, data, tuning, sizes').describe('How seed 004 compares the projects: one line per column.'),
  projects: z.array(project).min(1),
  source,
}).superRefine((d, ctx) => {
  d.projects.forEach((p, i) => new Set(p.tuning).size === p.tuning.length || issuesOf(ctx)(['projects', i, 'tuning'], 'expected each tuning strategy once'))
})

export type OpenChatModelsData = z.infer<typeof openChatModelsSchema>
export type OpenChatDataset = OpenChatModelsData['projects'][number]['data'][number]

/** Each model a project names is one of data/models.json. */
export function openChatModelReferences(d: OpenChatModelsData, models: ModelsData, issue: Issue) {
  knownIds(issue, d, ['projects[].model', 'projects[].backbone.models[]'], models.models.map(m => m.id), id => `expected the id of a model in data/models.json, got ${JSON.stringify(id)}`)
}
