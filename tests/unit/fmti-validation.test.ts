import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkDataFolder } from '../../lib/data/check-files'
import { fmtiSchema } from '../../lib/data/fmti-schema'
import { DataError, formatProblem } from '../../lib/data/format-issues'
import { jsonSchemaFor } from '../../lib/data/json-schema'
import { parseJsonText, validate } from '../../lib/data/parse-json'
import { dataSchemas } from '../../lib/data/registry'

const dataDir = resolve(import.meta.dirname, '../../data')
const FILE = 'data/fmti-2023.json'
const original = readFileSync(join(dataDir, 'fmti-2023.json'), 'utf8')
const fresh = () => JSON.parse(original)

function problemsOf(value: unknown) {
  try {
    validate(FILE, fmtiSchema, value)
  }
  catch (e) {
    if (e instanceof DataError)
      return e.problems.map(formatProblem)
    throw e
  }
  return []
}

describe('fmti-2023.json validation', () => {
  it('accepts the real file', () => {
    expect(problemsOf(fresh())).toEqual([])
  })
  it('refuses a count above the dimension\'s indicator total', () => {
    const d = fresh()
    d.scores.labor['llama-2'] = 8
    expect(problemsOf(d)).toEqual([`${FILE}: scores.labor.llama-2: expected at most 7 (the indicators in "labor"), got 8`])
  })
  it('refuses a count below 0', () => {
    const d = fresh()
    d.scores.data.bloomz = -1
    expect(problemsOf(d)).toEqual([`${FILE}: scores.data.bloomz: expected a count of at least 0`])
  })
  it('refuses a count that disagrees with the indicators', () => {
    const d = fresh()
    d.scores.impact['gpt-4'] = 2
    expect(problemsOf(d)).toEqual([`${FILE}: scores.impact.gpt-4: expected 1 (the "impact" indicators that list "gpt-4" in satisfiedBy), got 2`])
  })
  it('refuses a missing score, naming the cell', () => {
    const d = fresh()
    delete d.scores.risks['claude-2']
    expect(problemsOf(d)).toEqual([`${FILE}: scores.risks.claude-2: missing: expected the number of indicators satisfied, an integer`])
  })
  it('refuses a score that is not a number', () => {
    const d = fresh()
    d.scores.risks['claude-2'] = '2'
    expect(problemsOf(d)[0]).toBe(`${FILE}: scores.risks.claude-2: expected the number of indicators satisfied, an integer, got "2"`)
  })
  it('refuses an unknown model id in the scores', () => {
    const d = fresh()
    d.scores.data['gpt-5'] = 1
    expect(problemsOf(d)[0]).toMatch(/^data\/fmti-2023\.json: scores\.data: unknown model id "gpt-5": expected one of llama-2, bloomz/)
  })
  it('refuses an unknown dimension id', () => {
    const d = fresh()
    d.dimensions[0].id = 'dataset'
    expect(problemsOf(d)[0]).toMatch(/^data\/fmti-2023\.json: dimensions\[0\]\.id: expected a dimension id \(data, labor/)
  })
  it('refuses an unknown model id in an indicator', () => {
    const d = fresh()
    d.indicators[3].satisfiedBy.push('grok')
    expect(problemsOf(d)[0]).toMatch(/^data\/fmti-2023\.json: indicators\[3\]\.satisfiedBy\[\d+\]: expected a model id/)
  })
  it('refuses a missing model', () => {
    const d = fresh()
    d.models = d.models.filter((m: { id: string }) => m.id !== 'titan-text')
    expect(problemsOf(d)).toContain(`${FILE}: models: expected an entry with id "titan-text", which is missing`)
  })
  it('refuses a wrong indicator count', () => {
    const d = fresh()
    d.dimensions.find((x: { id: string }) => x.id === 'feedback').indicatorCount = 4
    expect(problemsOf(d)[0]).toMatch(/dimensions\[11\]\.indicatorCount: expected 3 \(the indicators whose dimension is "feedback"\), got 4/)
  })
})

describe('malformed JSON', () => {
  it('is reported with the file, line and column', () => {
    expect(() => parseJsonText(FILE, '{\n  "a": 1,\n}')).toThrow(/^data\/fmti-2023\.json: \(root\): expected valid JSON, got a syntax error at line 3, column 1/)
  })
})

describe('checkDataFolder', () => {
  it('finds no problem in data/', () => {
    expect(checkDataFolder(dataDir)).toEqual([])
  })
  it('reports a broken file by name, and a file with no schema', () => {
    const dir = mkdtempSync(join(tmpdir(), 'deck-data-'))
    for (const file of Object.keys(dataSchemas))
      writeFileSync(join(dir, file), readFileSync(join(dataDir, file)))
    writeFileSync(join(dir, 'fmti-2023.json'), original.replace('"indicatorCount": 7', '"indicatorCount": "seven"'))
    writeFileSync(join(dir, 'stray.json'), '{}')
    const messages = checkDataFolder(dir).map(formatProblem)
    expect(messages.some(m => m.startsWith('data/fmti-2023.json: dimensions[1].indicatorCount:'))).toBe(true)
    expect(messages.some(m => m.startsWith('data/stray.json: (root): expected one of the known data files'))).toBe(true)
  })
})

describe('JSON Schemas for editors', () => {
  it('are up to date with the zod schemas (run npm run schemas)', () => {
    for (const file of Object.keys(dataSchemas)) {
      const committed = readFileSync(join(dataDir, 'schemas', file.replace(/\.json$/, '.schema.json')), 'utf8')
      expect(committed, file).toBe(jsonSchemaFor(file))
    }
  })
  it('are referenced by each data file', () => {
    for (const file of Object.keys(dataSchemas))
      expect(JSON.parse(readFileSync(join(dataDir, file), 'utf8')).$schema).toBe(`./schemas/${file.replace(/\.json$/, '.schema.json')}`)
  })
})
