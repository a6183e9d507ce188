import { z } from 'zod'
import { MONTH_PATTERN } from '../format/month'

// The pieces every data schema shares, so each message reads the same in every file. Objects are strict: a misspelt
// key is an error, not a silently missing field.

/**
 * How long text may be (UTF-16 code units, after trimming): names and labels must fit inside charts; long text is
 * capped so a pasted blob cannot swell the bundle every visitor downloads. A report is a developer's own disclosure in
 * an FMTI report, quoted whole (the longest is about 11,000 characters).
 */
export const TEXT_LIMITS = { name: 40, title: 160, text: 2000, report: 20000, id: 60, link: 500 } as const

/** A field's own message: what it expects, and what it got (validate() says "missing: " where it got nothing). */
export const expected = (what: string) => (iss: { input?: unknown }) =>
  `expected ${what}${iss.input === undefined ? '' : `, got ${JSON.stringify(iss.input)}`}`

/** One of a vocabulary of ids; the message lists them. */
export const oneOf = <const T extends readonly [string, ...string[]]>(kind: string, ids: T) =>
  z.enum(ids, { error: expected(`${kind} (${ids.join(', ')})`) })

const stringError = (iss: { input?: unknown }) => iss.input === undefined ? 'expected a non-empty string' : expected('a string')(iss)

/** A trimmed, non-empty string of at most `max` characters (`what` names the limit); `blank` allows an empty one, untrimmed. */
export function boundedText(max: number, what: string, blank = false) {
  const string = z.string({ error: stringError })
  return (blank ? string : string.trim().min(1, 'expected a non-empty string')).max(max, {
    error: iss => `expected ${what} of at most ${max} characters, got ${String((iss.input as string | undefined)?.length ?? 'more')}`,
  })
}

export const text = boundedText(TEXT_LIMITS.text, 'text')
/** Text a source may leave blank. */
export const optionalText = (max: number, what: string) => boundedText(max, what, true)
/** A name or label the charts draw: a model's name, a row or column label. */
export const name = boundedText(TEXT_LIMITS.name, 'a name')
export const title = boundedText(TEXT_LIMITS.title, 'a title')

export const kebabId = z.string().max(TEXT_LIMITS.id, `expected an id of at most ${TEXT_LIMITS.id} characters`)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case id such as "llama-2"')

export const https = z.url({ protocol: /^https$/, error: 'expected an https:// URL' })

export const seedFile = z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/, 'expected a seed file name such as 000_46921350d337c2f9.txt')

/** Where a fact comes from: the lecture's seed file(s), a public https URL, or both. */
export const source = z.strictObject({
  seeds: z.array(seedFile).min(1, 'expected at least one seed file').optional(),
  url: https.optional(),
}, {
  error: iss => iss.code === 'unrecognized_keys'
    ? undefined
    : iss.input === undefined ? 'expected a source with seeds (seed file names) and/or url' : 'expected a source object with seeds and/or url',
}).refine(s => s.seeds !== undefined || s.url !== undefined, 'expected seeds (seed file names) or url, or both')

/** A data file: a strict object whose `$schema` may name its JSON Schema, for editors. */
export const dataFile = <S extends z.core.$ZodLooseShape>(shape: S) => z.strictObject({ $schema: z.string().optional(), ...shape })

export type Path = (string | number)[]
export type Issue = (path: Path, message: string) => void

/** The `issue` callback of a superRefine: adds a custom issue at a JSON path. */
export function issuesOf(ctx: z.RefinementCtx): Issue {
  return (path, message) => ctx.addIssue({ code: 'custom', path, message })
}

/** Each value that a pattern such as `eras[].highlight[]` or `eras[2].from` reaches, with its JSON path. */
function valuesAt(value: unknown, pattern: string): [Path, unknown][] {
  let found: [Path, unknown][] = [[[], value]]
  for (const step of pattern.match(/[^.[\]]+|\[\]/g)!) {
    found = found.flatMap(([path, v]): [Path, unknown][] => step === '[]'
      ? Array.isArray(v) ? v.map((x, i) => [[...path, i], x]) : []
      : v && typeof v === 'object' && step in v ? [[[...path, /^\d+$/.test(step) ? Number(step) : step], (v as Record<string, unknown>)[step]]] : [])
  }
  return found
}

/** Each id that the patterns reach is one of `ids`: any other is reported where it is, in `message`'s words. */
export function knownIds(issue: Issue, value: unknown, patterns: string[], ids: Iterable<string>, message: (id: string) => string) {
  const known = new Set(ids)
  for (const [path, id] of patterns.flatMap(p => valuesAt(value, p))) {
    if (typeof id === 'string' && !known.has(id))
      issue(path, message(id))
  }
}

/** Each value that the pattern reaches is given once: a repeat is reported where it is, with where it was first. */
export function onceEach(issue: Issue, value: unknown, pattern: string, message: (id: string, first: Path) => string) {
  const seen = new Map<unknown, Path>()
  for (const [path, v] of valuesAt(value, pattern)) {
    const first = seen.get(v)
    if (first)
      issue(path, message(String(v), first))
    else
      seen.set(v, path)
  }
}

/** Reports each of `ids` that no item of the list `key` has as its `field` (validate() refuses repeated ids). */
export function everyId(items: readonly object[], ids: readonly string[], key: string, issue: Issue, field = 'id') {
  for (const id of ids.filter(id => !items.some(item => (item as Record<string, unknown>)[field] === id)))
    issue([key], `expected an entry with ${field} "${id}", which is missing`)
}

/** A month as YYYY-MM (01 to 12), the unit of every release date; the message quotes what was found. */
export const month = z.string({ error: expected('a month as YYYY-MM') })
  .regex(MONTH_PATTERN, { error: expected('a month as YYYY-MM (month 01 to 12)') })
/** Whether a month is well formed: checks that compare months skip one its own field reports. */
export const isMonth = (m: unknown): m is string => typeof m === 'string' && MONTH_PATTERN.test(m)

/** A day as YYYY-MM-DD: when a page was read, or the snapshot a figure shows. */
export const day = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { error: expected('a day as YYYY-MM-DD') })
/** A month or a day, where a source gives one or the other. */
export const date = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, { error: expected('a date as YYYY-MM or YYYY-MM-DD') })

/** A size in billions of parameters: positive (0.06 for 60M). */
export const billions = z.number({ error: 'expected a number of billions' }).positive('expected a positive number of billions')
export const count = z.number({ error: expected('a count') }).int('expected a whole number').min(0, 'expected a count of at least 0')
export const year = z.number({ error: expected('a year') }).int('expected a year').min(1900, 'expected a year')

/** An arXiv identifier, with or without its version: 2307.09288, 2403.06634v2. */
export const arxivId = z.string().regex(/^\d{4}\.\d{4,5}(v\d+)?$/, 'expected an arXiv id such as 2307.09288')

/** A paper or document as a chart's panel cites it: authors as one line ("Ouyang et al."), year, title, address. */
export const citedWork = z.strictObject({ authors: text, year, title, arxiv: arxivId.optional(), url: https })
