import type { z } from 'zod'
import { DataError, jsonPath, problemsFromZod } from './format-issues'
import { scanJson } from './json-scan'

/**
 * Parses JSON text. Every syntax error is reported with its line and column on one line, a BOM is named as a BOM,
 * and a key written twice in one object (which JSON.parse would silently resolve to the last value) is refused
 * with its JSON path.
 */
export function parseJsonText(file: string, text: string): unknown {
  const problems = scanJson(text)
  if (problems.length) {
    throw new DataError(problems.map(p => ({
      file,
      path: jsonPath(p.path),
      message: p.message.includes('written twice')
        ? `at line ${p.line}, column ${p.column}: ${p.message}`
        : `expected valid JSON, got a syntax error at line ${p.line}, column ${p.column}: ${p.message}`,
    })))
  }
  return JSON.parse(text)
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
