import { z } from 'zod'
import { citedWork, dataFile, issuesOf, kebabId, name, oneOf, source, text, title } from './schema-parts'

const PIPELINE_STAGE_IDS = ['pretraining', 'sft', 'reward-model', 'ppo'] as const

const stage = z.strictObject({ id: oneOf('a stage id', PIPELINE_STAGE_IDS), name, nameEn: name, input: text, output: text, explanation: text, source })

const answerLabel = z.string().regex(/^[A-Z]$/, 'expected an answer label, one capital letter')
const point = z.strictObject({ id: kebabId, title, text })

/** The reward stage's example: answers to one prompt, ranked best first by a labeller; a tier holds tied answers. */
const ranking = z.strictObject({
  prompt: text,
  answers: z.array(z.strictObject({ id: answerLabel, text })).min(2, 'expected at least two answers to rank'),
  order: z.array(z.array(answerLabel).min(1, 'expected a tier of at least one answer')).min(2, 'expected at least two tiers'),
  note: text,
  source,
}).superRefine((r, ctx) => {
  const [ids, ranked] = [r.answers.map(a => a.id).sort(), r.order.flat().sort()]
  if (ids.join() !== ranked.join())
    issuesOf(ctx)(['order'], `expected each answer (${ids.join(', ')}) exactly once, got ${r.order.map(t => t.join(' = ')).join(' > ')}`)
})

/** The PPO stage's loop (prompt, answer, score, update) and how InstructGPT ran it. */
const ppo = z.strictObject({
  loop: z.array(z.strictObject({ id: kebabId, text: name })).min(3, 'expected a loop of at least three steps'),
  facts: z.array(point).min(1, 'expected at least one fact'),
  note: text,
  source,
})

export const chatgptPipelineSchema = dataFile({
  paper: citedWork.describe('The paper the reward model\'s and PPO\'s details come from (InstructGPT), as the panel cites it.'),
  stages: z.array(stage),
  ranking,
  ppo,
  alignment: z.strictObject({ definition: text, aspects: z.array(point).min(1), source }),
}).superRefine((d, ctx) => {
  const order = d.stages.map(s => s.id).join(' -> ')
  if (order !== PIPELINE_STAGE_IDS.join(' -> '))
    issuesOf(ctx)(['stages'], `expected the stages ${PIPELINE_STAGE_IDS.join(' -> ')} in that order, got ${order || 'none'}`)
})

export type ChatgptPipelineData = z.infer<typeof chatgptPipelineSchema>
