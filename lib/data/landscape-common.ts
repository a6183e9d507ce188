import { z } from 'zod'
import { LANDSCAPE_MODEL_IDS } from './landscape-ids'

// Pieces shared by the chapter 3 schemas (models, open chat models, the ChatGPT pipeline, instruction formats).

export const text = z.string({
  error: iss => iss.input === undefined ? 'missing: expected a non-empty string' : `expected a string, got ${JSON.stringify(iss.input)}`,
}).trim().min(1, 'expected a non-empty string')

export const kebabId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case id such as "llama-2"')

export const month = z.string({ error: 'expected a month as YYYY-MM' })
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected a month as YYYY-MM (01–12)')

const https = z.url({ protocol: /^https$/, error: 'expected an https:// URL' })
const seedFile = z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/, 'expected a seed file name such as 002_6ac13b971160b9c7.txt')

/** Where a fact comes from: the lecture's seed file(s), a public URL, or both. */
export const source = z.strictObject({
  seeds: z.array(seedFile).min(1, 'expected at least one seed file').optional(),
  url: https.optional(),
}, { error: 'expected a source object with seeds and/or url' })
  .refine(s => s.seeds !== undefined || s.url !== undefined, 'expected seeds (seed file names) or url, or both')

export const modelId = z.string({ error: 'expected the id of a model in data/models.json' }).refine(
  (id): id is typeof LANDSCAPE_MODEL_IDS[number] => (LANDSCAPE_MODEL_IDS as readonly string[]).includes(id),
  { error: iss => `expected the id of a model in data/models.json, got ${JSON.stringify(iss.input)}` },
)

/** A size in billions of parameters: positive (0.06 for 60M). */
export const billions = z.number({ error: 'expected a number of billions' }).positive('expected a positive number of billions')

/** Reports each repeated id of a list as `<key>[i].id`. */
export function uniqueIds(items: readonly { id: string }[], key: string, ctx: z.RefinementCtx) {
  const seen = new Set<string>()
  items.forEach((item, i) => {
    if (seen.has(item.id))
      ctx.addIssue({ code: 'custom', path: [key, i, 'id'], message: `expected a unique id, "${item.id}" appears twice` })
    seen.add(item.id)
  })
}
