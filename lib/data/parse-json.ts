import type { z } from 'zod'
import { DataError, problemsFromZod } from './format-issues'

/** Parses JSON text, reporting a syntax error with its line and column. */
export function parseJsonText(file: string, text: string): unknown {
  try {
    return JSON.parse(text)
  }
  catch (e) {
    const message = (e as Error).message
    const position = Number(/position (\d+)/.exec(message)?.[1])
    const where = Number.isFinite(position) ? ` at ${lineAndColumn(text, position)}` : ''
    throw new DataError([{ file, path: '', message: `expected valid JSON, got a syntax error${where}: ${message}` }])
  }
}

function lineAndColumn(text: string, position: number): string {
  const before = text.slice(0, position).split('\n')
  return `line ${before.length}, column ${before.at(-1)!.length + 1}`
}

/** Validates parsed JSON against its schema; throws a DataError naming the file, the JSON path and the expectation. */
export function validate<S extends z.ZodType>(file: string, schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value)
  if (!result.success)
    throw new DataError(problemsFromZod(file, result.error))
  return result.data
}

export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const child of Object.values(value))
      deepFreeze(child)
  }
  return value
}
