import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { DataError, type DataProblem } from './format-issues'
import { parseJsonText, validate } from './parse-json'
import { dataSchemas } from './registry'

/**
 * Reads and validates every JSON file in a data folder: the problems found (empty when all is well) and, for each
 * valid file (by file name), the schema's output.
 */
export function readDataFolder(dir: string, label = 'data'): { problems: DataProblem[], values: Map<string, unknown> } {
  const present = readdirSync(dir).filter(f => f.endsWith('.json'))
  const problems: DataProblem[] = []
  const values = new Map<string, unknown>()
  for (const file of present) {
    const name = `${label}/${file}`
    const schema = dataSchemas[file]
    if (!schema) {
      problems.push({ file: name, path: '', message: `expected one of the known data files (${Object.keys(dataSchemas).join(', ')}); add a schema to lib/data/registry.ts` })
      continue
    }
    try {
      values.set(file, validate(name, schema, parseJsonText(name, readFileSync(join(dir, file), 'utf8'))))
    }
    catch (e) {
      if (!(e instanceof DataError))
        throw e
      problems.push(...e.problems)
    }
  }
  for (const file of Object.keys(dataSchemas)) {
    if (!present.includes(file))
      problems.push({ file: `${label}/${file}`, path: '', message: 'expected this file to exist' })
  }
  return { problems, values }
}

/** Validates every JSON file in a data folder; returns the problems found, empty when all is well. */
export function checkDataFolder(dir: string, label = 'data'): DataProblem[] {
  return readDataFolder(dir, label).problems
}
