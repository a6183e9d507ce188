import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { DataError, type DataProblem, jsonPath } from './format-issues'
import { parseJsonText, validate } from './parse-json'
import { crossReferences, dataSchemas } from './registry'

/** Runs a check that throws a DataError; its problems are added to `problems`. */
function collect(problems: DataProblem[], check: () => void) {
  try {
    check()
  }
  catch (e) {
    if (!(e instanceof DataError))
      throw e
    problems.push(...e.problems)
  }
}

/**
 * Validates parsed data files (file name -> value): each against its schema, then each reference between two files
 * that are both valid. The problems found (empty when all is well), and the schema's output of each valid file.
 */
export function validateDataFiles(parsed: ReadonlyMap<string, unknown>, label = 'data'): { problems: DataProblem[], values: Map<string, unknown> } {
  const problems: DataProblem[] = []
  const values = new Map<string, unknown>()
  for (const [file, value] of parsed)
    collect(problems, () => values.set(file, validate(`${label}/${file}`, dataSchemas[file]!, value)))
  for (const ref of crossReferences) {
    if (!values.has(ref.file) || !values.has(ref.uses))
      continue
    const found: DataProblem[] = []
    const check = ref.check as (value: unknown, used: unknown, issue: (path: (string | number)[], message: string) => void) => void
    check(values.get(ref.file), values.get(ref.uses), (path, message) => found.push({ file: `${label}/${ref.file}`, path: jsonPath(path), message }))
    if (found.length)
      values.delete(ref.file)
    problems.push(...found)
  }
  return { problems, values }
}

/**
 * Reads, parses and validates every JSON file in a data folder, once: the problems found, the schema's output of each
 * valid file and each file's text, by file name. `replace` checks another text in place of a file's.
 */
export function readDataFolder(dir: string, label = 'data', replace?: { file: string, text: string }) {
  const problems: DataProblem[] = []
  const texts = new Map<string, string>()
  const parsed = new Map<string, unknown>()
  for (const file of readdirSync(dir).filter(f => f.endsWith('.json')).sort()) {
    const name = `${label}/${file}`
    if (!dataSchemas[file]) {
      problems.push({ file: name, path: '', message: `expected one of the known data files (${Object.keys(dataSchemas).join(', ')}); add a schema to lib/data/registry.ts` })
      continue
    }
    const text = file === replace?.file ? replace.text : readFileSync(join(dir, file), 'utf8')
    texts.set(file, text)
    collect(problems, () => parsed.set(file, parseJsonText(name, text)))
  }
  for (const file of Object.keys(dataSchemas)) {
    if (!texts.has(file))
      problems.push({ file: `${label}/${file}`, path: '', message: 'expected this file to exist' })
  }
  const checked = validateDataFiles(parsed, label)
  return { problems: [...problems, ...checked.problems], values: checked.values, texts }
}

/** Validates every JSON file in a data folder; returns the problems found, empty when all is well. */
export function checkDataFolder(dir: string, label = 'data'): DataProblem[] {
  return readDataFolder(dir, label).problems
}
