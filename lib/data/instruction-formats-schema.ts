import { z } from 'zod'
import { dataFile, issuesOf, kebabId, oneOf, source, text, title } from './schema-parts'

/** Slidev's line-highlight syntax for one click: "3", "2-4", "4,6". */
const lineRanges = z.string().regex(/^\d+(-\d+)?(,\d+(-\d+)?)*$/, 'expected line numbers such as "3", "2-4" or "4,6"')

const example = z.strictObject({
  id: kebabId,
  title,
  project: text,
  language: oneOf('a language', ['json', 'python', 'text']),
  code: text.describe('The exact text of the slide\'s code block (a unit test compares them).'),
  steps: z.array(z.strictObject({ lines: lineRanges, label: title })).min(1).describe('One per click: the lines highlighted and what they are.'),
  note: text,
  source,
}).superRefine((e, ctx) => {
  const issue = issuesOf(ctx)
  const lineCount = e.code.split('\n').length
  e.steps.forEach((s, i) => {
    const over = s.lines.split(/[,-]/).map(Number).find(n => n < 1 || n > lineCount)
    if (over !== undefined)
      issue(['steps', i, 'lines'], `expected lines between 1 and ${lineCount} (the code's lines), got ${over}`)
  })
  // The walkthrough ends on the whole block in focus, so the last click shows the example as one piece.
  const last = e.steps.at(-1)!.lines
  if (last !== `1-${lineCount}`)
    issue(['steps', e.steps.length - 1, 'lines'], `expected the last step to show the whole block, "1-${lineCount}", got "${last}"`)
})

const formula = z.strictObject({
  id: kebabId,
  title,
  text: text.describe('The rule in the blog\'s words.'),
  points: z.array(z.strictObject({ id: kebabId, title, text })).min(1, 'expected at least one point')
    .describe('The rule explained in the lecture\'s words: what it reads, how it scores, what the scores are for.'),
  tex: text.describe('The same rule in TeX, as on the slide (a unit test compares them).'),
  examples: z.array(z.strictObject({ upvotes: z.number().int('expected a whole number of upvotes'), accepted: z.boolean() })).min(1),
  source,
})

export const instructionFormatsSchema = dataFile({ examples: z.array(example).min(1), formula })

export type InstructionFormatsData = z.infer<typeof instructionFormatsSchema>
export type ScoreFormula = InstructionFormatsData['formula']
