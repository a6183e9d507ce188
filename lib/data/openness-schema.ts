import { z } from 'zod'
import { count, dataFile, day, everyId, expected, issuesOf, name, oneOf, source, text, title, year } from './schema-parts'
import { OPENNESS_ARTEFACT_IDS, OPENNESS_GROUP_IDS, OPENNESS_MODEL_IDS, OPENNESS_STAGE_IDS, OPENNESS_SUBJECTS, OPENNESS_VALUES } from './openness-ids'

const stageId = oneOf('a stage id', OPENNESS_STAGE_IDS)
const artefactId = oneOf('an artefact id', OPENNESS_ARTEFACT_IDS)
const modelId = oneOf('a model id', OPENNESS_MODEL_IDS)
const value = z.enum(OPENNESS_VALUES, { error: expected('"open", "closed" or "na" (the seed\'s √, × and -)') })

const stage = z.strictObject({ id: stageId, label: name.describe('预训练 / 监督精调 / 偏好对齐, as the matrix\'s brackets.'), labelEn: name })

const artefact = z.strictObject({
  id: artefactId,
  stage: stageId,
  label: name.describe('The matrix row\'s label in the seed (结构信息); the two weight rows after pretraining read 精调后模型, 模型参数.'),
  listLabel: text.describe('The name in the seed\'s list of questions (模型架构信息), where it differs from the row label.'),
  labelEn: name,
  question: text.describe('The seed\'s question: what must be public for this artefact to count as open.'),
  about: oneOf('a subject', OPENNESS_SUBJECTS),
})

const group = z.strictObject({
  id: oneOf('a group id', OPENNESS_GROUP_IDS),
  label: name,
  labelEn: name,
  description: text.describe('What members have in common; lib/openness/groups.ts holds the rule itself.'),
})

const note = z.strictObject({ text, source })

const model = z.strictObject({
  id: modelId,
  name,
  developer: text,
  ratings: z.record(artefactId, value).describe('One value per artefact, all 13: the seed\'s matrix.'),
  note: note.optional().describe('Shown with every mark of this model that has no note of its own.'),
  notes: z.partialRecord(artefactId, note).optional(),
  paper: z.strictObject({ authors: text, year, title }).describe('The report the ratings are read from, as it is cited; its address is the source\'s.'),
  source: source.refine(s => s.url, { path: ['url'], message: 'expected the address of the model\'s paper, which its `paper` cites' }),
})

const hubEntry = z.strictObject({
  repo: z.string().regex(/^[\w.-]+\/[\w.-]+$/, 'expected a repository name such as meta-llama/Llama-2-13b'),
  task: text,
  updated: text.describe('As the hub showed it when the seed was captured ("9 days ago", "Nov 14, 2023").'),
  count: count.describe('The number the hub\'s list showed beside each model, as in the seed.'),
})

const openWeights = z.strictObject({
  model: modelId.describe('The matrix column these weights belong to.'),
  hub: text,
  organisation: text,
  entries: z.array(hubEntry).min(1, 'expected at least one model repository'),
  capturedAfter: day.optional().describe('The listing was read after this day (its latest absolute date); the day itself was not recorded.'),
  capturedNote: text.optional().describe('How the capture date is known.'),
  source,
})

export const opennessSchema = dataFile({
  source,
  stages: z.array(stage),
  artefacts: z.array(artefact),
  groups: z.array(group),
  models: z.array(model),
  openWeights,
}).superRefine((d, ctx) => {
  const issue = issuesOf(ctx)
  everyId(d.stages, OPENNESS_STAGE_IDS, 'stages', issue)
  everyId(d.artefacts, OPENNESS_ARTEFACT_IDS, 'artefacts', issue)
  everyId(d.groups, OPENNESS_GROUP_IDS, 'groups', issue)
  everyId(d.models, OPENNESS_MODEL_IDS, 'models', issue)

  // The matrix brackets each stage's rows together, so a stage's artefacts must be listed together, stages in order.
  const stageOrder = d.stages.map(s => s.id)
  const outOfOrder = d.artefacts.findIndex((a, i) => i > 0 && stageOrder.indexOf(a.stage) < stageOrder.indexOf(d.artefacts[i - 1]!.stage))
  if (outOfOrder > 0) {
    const [a, before] = [d.artefacts[outOfOrder]!, d.artefacts[outOfOrder - 1]!]
    issue(['artefacts', outOfOrder, 'stage'], `expected the artefacts grouped by stage in the order ${stageOrder.join(', ')}: "${a.id}" (${a.stage}) follows "${before.id}" (${before.stage})`)
  }
  d.stages.forEach((s, i) => {
    if (!d.artefacts.some(a => a.stage === s.id))
      issue(['stages', i], `expected at least one artefact in stage "${s.id}"`)
  })

  const prefix = `${d.openWeights.organisation}/`
  d.openWeights.entries.forEach((e, i) => {
    if (!e.repo.startsWith(prefix))
      issue(['openWeights', 'entries', i, 'repo'], `expected a repository of "${d.openWeights.organisation}", got "${e.repo}"`)
  })
})

export type OpennessData = z.infer<typeof opennessSchema>
export type OpenWeights = OpennessData['openWeights']
