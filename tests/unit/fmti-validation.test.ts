import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readDataFolder, validateDataFiles } from '../../lib/data/check-files'
import { formatProblem } from '../../lib/data/format-issues'
import { dataSchemas, jsonSchemaFor } from '../../lib/data/registry'
import { parseJsonText } from '../../lib/data/parse-json'

const dataDir = resolve(import.meta.dirname, '../../data')
const FILE = 'data/fmti-2023.json'
const EDITIONS = 'data/fmti-editions.json'
const original = readFileSync(join(dataDir, 'fmti-2023.json'), 'utf8')
const originalEditions = readFileSync(join(dataDir, 'fmti-editions.json'), 'utf8')

/** The problems of the lecture's file and the editions, each as given or changed in one place. */
function problemsOf(edit: { lecture?: (d: any) => void, editions?: (d: any) => void }) {
  const lecture = JSON.parse(original)
  const editions = JSON.parse(originalEditions)
  edit.lecture?.(lecture)
  edit.editions?.(editions)
  return validateDataFiles(new Map([['fmti-2023.json', lecture], ['fmti-editions.json', editions]])).problems.map(formatProblem)
}

describe('fmti-2023.json and fmti-editions.json validation', () => {
  it('accepts the real files', () => {
    expect(problemsOf({})).toEqual([])
  })
  it('refuses a score above 1', () => {
    expect(problemsOf({ editions: (d) => { d.editions[0].developers[0].scores[10] = 8 } }))
      .toEqual([`${EDITIONS}: editions[0].developers[0].scores[10]: expected a score 0 or 1`])
  })
  it('refuses a score below 0', () => {
    expect(problemsOf({ editions: (d) => { d.editions[1].developers[3].scores[0] = -1 } }))
      .toEqual([`${EDITIONS}: editions[1].developers[3].scores[0]: expected a score 0 or 1`])
  })
  it('refuses a developer with a score too few', () => {
    expect(problemsOf({ editions: (d) => { d.editions[0].developers[8].scores.pop() } }))
      .toEqual([`${EDITIONS}: editions[0].developers[8].scores: expected 100 scores (one per indicator), got 99`])
  })
  it('refuses missing scores, naming the developer', () => {
    expect(problemsOf({ editions: (d) => { delete d.editions[0].developers[5].scores } }))
      .toEqual([`${EDITIONS}: editions[0].developers[5].scores: missing: expected an array`])
  })
  it('refuses a score that is not a number', () => {
    expect(problemsOf({ editions: (d) => { d.editions[0].developers[5].scores[7] = '1' } }))
      .toEqual([`${EDITIONS}: editions[0].developers[5].scores[7]: expected a score 0 or 1`])
  })
  it('refuses a lecture model of a developer the edition did not score', () => {
    expect(problemsOf({ lecture: (d) => { d.models[0].developer = 'xai' } })[0])
      .toMatch(/^data\/fmti-2023\.json: models\[0\]\.developer: expected a developer id of FMTI 2023-10 \(meta, hugging-face, openai/)
  })
  it('refuses a dimension that is no subdomain of the edition', () => {
    expect(problemsOf({ lecture: (d) => { d.dimensions[0].subdomain = 'dataset' } })[0])
      .toMatch(/^data\/fmti-2023\.json: dimensions\[0\]\.subdomain: expected a subdomain id of FMTI 2023-10 \(data, data-labor, /)
  })
  it('refuses an indicator in an unknown subdomain', () => {
    expect(problemsOf({ editions: (d) => { d.editions[0].indicators[3].subdomain = 'grok' } }))
      .toEqual([`${EDITIONS}: editions[0].indicators[3].subdomain: expected one of the edition's subdomain ids, got "grok"`])
  })
  it('refuses a missing model', () => {
    expect(problemsOf({ lecture: (d) => { d.models = d.models.filter((m: { id: string }) => m.id !== 'titan-text') } }))
      .toEqual([`${FILE}: models: expected a model of each developer FMTI 2023-10 scored, "amazon" has none`])
  })
  it('refuses two dimensions on one subdomain', () => {
    expect(problemsOf({ lecture: (d) => { d.dimensions[11].subdomain = 'impact' } }))
      .toEqual([`${FILE}: dimensions[12].subdomain: expected each subdomain once, "impact" appears twice`])
  })
  it('refuses a domain of the editions that the lecture does not name', () => {
    expect(problemsOf({ lecture: (d) => { d.domains.pop() } }))
      .toEqual([`${FILE}: domains: expected an entry with id "downstream" (a domain of the FMTI editions), which is missing`])
  })
  it('checks the lecture\'s file alone when the editions are broken', () => {
    expect(problemsOf({ lecture: (d) => { d.models[0].developer = 'xai' }, editions: (d) => { d.source.license = '' } }))
      .toEqual([`${EDITIONS}: source.license: expected a non-empty string`])
  })
})

describe('malformed JSON', () => {
  it('is reported with the file, line and column', () => {
    expect(() => parseJsonText(FILE, '{\n  "a": 1,\n}')).toThrow(/^data\/fmti-2023\.json: \(root\): expected valid JSON, got a syntax error at line 3, column 1/)
  })
})

describe('readDataFolder', () => {
  it('finds no problem in data/', () => {
    expect(readDataFolder(dataDir).problems).toEqual([])
  })
  it('reports a broken file by name and line, and a file with no schema', () => {
    const dir = mkdtempSync(join(tmpdir(), 'deck-data-'))
    for (const file of Object.keys(dataSchemas))
      writeFileSync(join(dir, file), readFileSync(join(dataDir, file)))
    const broken = original.replace('"subdomain": "data-labor"', '"subdomain": 7')
    writeFileSync(join(dir, 'fmti-2023.json'), broken)
    writeFileSync(join(dir, 'stray.json'), '{}')
    const messages = readDataFolder(dir).problems.map(formatProblem)
    const line = broken.slice(0, broken.indexOf('"subdomain": 7')).split('\n').length
    expect(messages).toContain(`data/fmti-2023.json:${line}: dimensions[1].subdomain: expected a string, got a number`)
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
