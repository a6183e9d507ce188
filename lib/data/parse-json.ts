import type { z } from 'zod'
import { DataError, type DataProblem, jsonPath, shortenQuotes, unknownKeysMessage } from './format-issues'
import { lineAt, scanJson } from './json-scan'

/** Parses JSON text; a syntax error, a BOM or a key written twice is a DataError, by line and column (see scanJson). */
export function parseJsonText(file: string, text: string): unknown {
  const problems = scanJson(text)
  if (problems.length)
    throw new DataError(problems.map(p => ({ file, path: jsonPath(p.path), message: p.message })))
  return JSON.parse(text)
}

/** What a value is, in the words of a message: "an array", "a string", "null", "nothing". */
const kindOf = (value: unknown): string => value === undefined ? 'nothing' : value === null ? 'null'
  : Array.isArray(value) ? 'an array' : typeof value === 'object' ? 'an object' : `a ${typeof value}`

interface SchemaDef { type?: string, shape?: Record<string, unknown>, keyType?: { _zod: { def: { entries?: Record<string, string> } } }, in?: { _zod: { def: SchemaDef } }, innerType?: { _zod: { def: SchemaDef } } }

/** What a schema holds, for "expected ..." messages: an object's keys are listed. */
function describeSchema(schema: { _zod: { def: SchemaDef } }): string {
  let def = schema._zod.def
  while (def.in || def.innerType)
    def = (def.in ?? def.innerType)!._zod.def
  if (def.type === 'object' && def.shape)
    return `an object with the keys ${Object.keys(def.shape).join(', ')}`
  return ({ array: 'an array', record: 'an object' } as Record<string, string>)[def.type!] ?? (def.type ? `a ${def.type}` : 'a value')
}

/** The message of zod's own issues where a schema gives none, so every file reads the same (unknown keys, types). */
function defaultMessage(iss: { code?: string, keys?: string[], input?: unknown, expected?: string, inst?: unknown, issues?: { message?: string }[] }): string | undefined {
  if (iss.code === 'invalid_key')
    return `unknown key ${JSON.stringify(iss.input)}: ${iss.issues?.[0]?.message ?? 'expected a valid key'}`
  if (iss.code === 'unrecognized_keys') {
    const def = (iss.inst as { _zod?: { def?: SchemaDef } } | undefined)?._zod?.def
    return unknownKeysMessage(iss.keys!, Object.keys(def?.shape ?? def?.keyType?._zod.def.entries ?? {}))
  }
  if (iss.code === 'invalid_type') {
    const expected = iss.inst ? describeSchema(iss.inst as { _zod: { def: SchemaDef } }) : `a ${iss.expected}`
    return iss.input === undefined ? `missing: expected ${expected}` : `expected ${expected}, got ${kindOf(iss.input)}`
  }
  return undefined
}

/** One rule for every data file: in a list of objects with ids, each id is given once. Reported as `list[i].id`. */
function repeatedIds(file: string, value: unknown, line?: (path: (string | number)[]) => number, path: (string | number)[] = [], problems: DataProblem[] = []): DataProblem[] {
  if (!value || typeof value !== 'object')
    return problems
  const seen = new Set<unknown>()
  Object.entries(value).forEach(([key, child]) => {
    const at = Array.isArray(value) ? [...path, Number(key)] : [...path, key]
    const id = Array.isArray(value) ? (child as { id?: unknown } | null)?.id : undefined
    if (typeof id === 'string' && seen.has(id))
      problems.push({ file, line: line?.([...at, 'id']), path: jsonPath([...at, 'id']), message: `expected a unique id, "${id}" appears twice` })
    seen.add(id)
    repeatedIds(file, child, line, at, problems)
  })
  return problems
}

/** Validates a data file's value against its schema and the rule of unique ids; throws a DataError naming each problem. */
export function validate<S extends z.ZodType>(file: string, schema: S, value: unknown, text?: string): z.output<S> {
  if (!value || typeof value !== 'object' || Array.isArray(value))
    throw new DataError([{ file, path: '', message: `expected the file to hold ${describeSchema(schema as never)}, got ${kindOf(value)}` }])
  const result = schema.safeParse(value, { error: defaultMessage, reportInput: true })
  const line = text === undefined ? undefined : lineAt(text)
  const problems = [...repeatedIds(file, value, line), ...(result.error?.issues ?? []).map(issue => ({
    file,
    // An unknown key's line is the key's.
    line: line?.((issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path) as (string | number)[]),
    path: jsonPath(issue.path.map(k => typeof k === 'string' ? shortenQuotes(k) : k)),
    // A field that is absent says so, whatever its schema's own message.
    message: issue.code !== 'custom' && issue.input === undefined && !issue.message.startsWith('missing') ? `missing: ${issue.message}` : issue.message,
  }))]
  if (problems.length)
    throw new DataError(problems.map(p => ({ ...p, message: shortenQuotes(p.message) })))
  return result.data!
}
