import { z } from 'zod'
import { emphasisRanges, overlappingMarks } from '../format/emphasis'
import { arxivId, billions, citedWork, count, dataFile, date, https, issuesOf, kebabId, name, oneOf, source, text, title, year } from './schema-parts'

/** Plain text with some substrings emphasised (each marks its first occurrence, see lib/format/emphasis.ts). */
const emphasis = z.array(text).default([])

function checkEmphasis(value: { text: string, emphasis: string[] }, ctx: z.RefinementCtx) {
  const issue = issuesOf(ctx)
  const ranges = emphasisRanges(value.text, value.emphasis)
  ranges.forEach((r, i) => r || issue(['emphasis', i], `expected a substring of text, "${value.emphasis[i]}" does not occur in it`))
  for (const i of overlappingMarks(ranges))
    issue(['emphasis', i], `expected marks that do not overlap, "${value.emphasis[i]}" overlaps an earlier one`)
}

const markedText = z.strictObject({ text, emphasis }).superRefine(checkEmphasis)

const course = z.strictObject({
  code: text,
  name,
  lecture: text.describe('The lecture this deck is, within the course.'),
  site: https,
  siteLabel: text,
  motto: text.optional(),
  source,
})

const quote = z.strictObject({
  id: kebabId,
  kind: oneOf('a kind', ['quote', 'news']).describe('A person\'s words, or a news headline about them (Musk founding xAI).'),
  person: text,
  role: text,
  text,
  emphasis,
  context: text,
  note: text.optional().describe('Where the quote departs from the lecture\'s slide (a misprint corrected from the speaker\'s own words).'),
  source,
}).superRefine(checkEmphasis)

const openSource = z.strictObject({
  announcement: z.strictObject({ person: text, handle: z.string().regex(/^@\w+$/, 'expected a handle such as @elonmusk'), text, date, followUp: text, source }),
  precedent: z.strictObject({ title, text, date, context: text, source }),
})

const trainingDataClaim = z.strictObject({
  id: kebabId,
  model: text,
  organisation: text,
  paper: z.strictObject({ title, section: text, url: https }),
  excerpt: markedText,
  verdict: text.describe('The lecture\'s one-line judgement, shown large under the excerpt.'),
  detail: oneOf('a level of detail', ['detailed', 'brief', 'one-line']).describe('How much the report says about its training data, from a full account to a single sentence.'),
  source,
})

const rumour = z.strictObject({
  id: kebabId,
  model: text,
  parametersB: billions.describe('The rumoured parameter count, in billions (20 for “20B”).'),
  platform: text,
  post: z.strictObject({ title: markedText, author: text, body: text, votes: count.optional(), comments: count.optional() }),
  claimedBy: z.strictObject({ label: title, url: https }),
  aftermath: text,
  source,
})

const stealingFinding = z.strictObject({
  costUsd: z.number({ error: 'expected a dollar amount' }).positive('expected a positive dollar amount'),
  target: text,
  organisation: text,
  claim: text.describe('The lecture\'s line, as on the slide.'),
  detail: text,
  source,
})

const stealing = z.strictObject({
  paper: z.strictObject({ title, authors: z.array(text).min(1, 'expected at least one author'), year, arxiv: arxivId, url: https, venue: text, source }),
  abstract: markedText.describe('From the paper\'s abstract (its source is the paper\'s).'),
  findings: z.array(stealingFinding).min(1),
  insight: z.array(text).min(1).describe('Why the last layer leaks, one step a line, following the paper\'s attack.'),
})

/** Min-K% Prob: is a text in a model's pretraining data? One example text with per-token probabilities. */
const pretrainingDetection = z.strictObject({
  paper: citedWork,
  points: z.array(text).min(1).describe('The idea, one step a line.'),
  example: z.strictObject({
    label: text,
    kPercent: z.number().gt(0, 'expected k above 0').max(100, 'expected k at most 100').describe('Percent of the tokens, the least likely ones, that the score averages.'),
    illustrative: z.boolean({ error: 'expected true or false' }).describe('Whether the probabilities were measured on a model, or are made up to show the idea (say so on the slide).'),
    tokens: z.array(z.strictObject({
      text,
      p: z.number().gt(0, 'expected a probability above 0').max(1, 'expected a probability at most 1'),
    })).min(2, 'expected at least two tokens'),
  }),
  source,
})

export const transparencySchema = dataFile({
  course,
  quotes: z.array(quote).min(1),
  openSource,
  trainingData: z.array(trainingDataClaim).min(1),
  rumours: z.array(rumour).min(1),
  pretrainingDetection,
  stealing,
  closing: z.strictObject({ question: text, answer: text, aside: text, source }),
})

export type TransparencyData = z.infer<typeof transparencySchema>
export type Course = TransparencyData['course']
export type Quote = TransparencyData['quotes'][number]
export type OpenSource = TransparencyData['openSource']
export type TrainingDataClaim = TransparencyData['trainingData'][number]
export type Rumour = TransparencyData['rumours'][number]
export type Stealing = TransparencyData['stealing']
export type PretrainingDetection = TransparencyData['pretrainingDetection']
export type Closing = TransparencyData['closing']
export type Source = Quote['source']
