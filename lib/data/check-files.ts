import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { DataError, type DataProblem } from './format-issues'
import { parseJsonText, validate } from './parse-json'
import { dataSchemas } from './registry'

/** Validates every JSON file in a data folder; returns the problems found, empty when all is well. */
export function checkDataFolder(dir: string, label = 'data'): DataProblem[] {
  const present = readdirSync(dir).filter(f => f.endsWith('.json'))
  const problems: DataProblem[] = []
  for (const file of present) {
    const name = `${label}/${file}`
    const schema = dataSchemas[file]
    if (!schema) {
      problems.push({ file: name, path: '', message: `expected one of the known data files (${Object.keys(dataSchemas).join(', ')}); add a schema to lib/data/registry.ts` })
      continue
    }
    try {
      validate(name, schema, parseJsonText(name, readFileSync(join(dir, file), 'utf8')))
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
  return problems
}
