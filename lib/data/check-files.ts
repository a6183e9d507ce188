import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { DataError, type DataProblem, jsonPath } from './format-issues'
import { lineAt } from './json-scan'
import { parseJsonText, validate } from './parse-json'
import { crossReferences, dataSchemas } from './registry'

/** The problems of a check that throws a DataError, [] when it passes. */
function problemsOf(check: () => void): DataProblem[] {
  try {
    check()
    return []
  }
  catch (e) {
    if (!(e instanceof DataError))
      throw e
    return e.problems
  }
}

/**
 * Validates parsed data files (file name -> value), each against its schema, then the references between valid files.
 * The problems found (with lines where `texts` has the file's text), and the schema's output of each valid file.
 */
export function validateDataFiles(parsed: ReadonlyMap<string, unknown>, label = 'data', texts?: ReadonlyMap<string, string>) {
  const values = new Map<string, unknown>()
  const problems = [...parsed].flatMap(([file, value]) =>
    problemsOf(() => values.set(file, validate(`${label}/${file}`, dataSchemas[file]!, value, texts?.get(file)))))
  for (const { file, uses, check } of crossReferences.filter(r => values.has(r.file) && values.has(r.uses))) {
    const line = texts?.has(file) ? lineAt(texts.get(file)!) : undefined
    const found: DataProblem[] = []
    check(values.get(file) as never, values.get(uses) as never, (path, message) => found.push({ file: `${label}/${file}`, line: line?.(path), path: jsonPath(path), message }))
    if (found.length)
      values.delete(file)
    problems.push(...found)
  }
  return { problems, values }
}

/**
 * Reads, parses and validates every JSON file in a data folder, once: the problems found (empty when all is well), the
 * schema's output of each valid file and each file's text, by file name. `replace` checks another text for a file's.
 */
export function readDataFolder(dir: string, label = 'data', replace?: { file: string, text: string }) {
  const files = readdirSync(dir).filter(f => f.endsWith('.json')).sort()
  const problems: DataProblem[] = [
    ...files.filter(f => !dataSchemas[f]).map(f => ({ file: `${label}/${f}`, path: '', message: `expected one of the known data files (${Object.keys(dataSchemas).join(', ')}); add a schema to lib/data/registry.ts` })),
    ...Object.keys(dataSchemas).filter(f => !files.includes(f)).map(f => ({ file: `${label}/${f}`, path: '', message: 'expected this file to exist' })),
  ]
  const texts = new Map(files.filter(f => dataSchemas[f]).map(f => [f, f === replace?.file ? replace.text : readFileSync(join(dir, f), 'utf8')]))
  const parsed = new Map<string, unknown>()
  for (const [file, text] of texts)
    problems.push(...problemsOf(() => parsed.set(file, parseJsonText(`${label}/${file}`, text))))
  const checked = validateDataFiles(parsed, label, texts)
  return { problems: [...problems, ...checked.problems], values: checked.values, texts }
}
