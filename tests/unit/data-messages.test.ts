import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DataError } from '../../lib/data/format-issues'
import { validate } from '../../lib/data/parse-json'
import { dataSchemas } from '../../lib/data/registry'
import { TEXT_LIMITS } from '../../lib/data/schema-parts'

const project = resolve(import.meta.dirname, '../..')
const load = (file: string) => JSON.parse(readFileSync(resolve(project, 'data', file), 'utf8'))

function problemsOf(file: string, value: unknown): string[] {
  try {
    validate(`data/${file}`, dataSchemas[file]!, value)
  }
  catch (e) {
    if (e instanceof DataError)
      return e.message.split('\n')
    throw e
  }
  return []
}

/** Each case: a copy of a real data file, changed in one place. */
function edited(file: string, edit: (d: any) => void) {
  const d = load(file)
  edit(d)
  return d
}

describe('messages read the same in every file', () => {
  it('an unknown key lists the keys allowed there', () => {
    expect(problemsOf('models.json', edited('models.json', d => { d.models[0].colour = 'red' })))
      .toEqual(['data/models.json: models[0]: unknown key "colour": expected only the keys id, name, organisation, released, languages, parametersB, trainingTokensB, architecture, openWeights, baseModel, note, source'])
    expect(problemsOf('models.json', edited('models.json', d => { d.extra = 1 })))
      .toEqual(['data/models.json: (root): unknown key "extra": expected only the keys $schema, models, eras, topics, excluded, relations'])
  })
  it('a missing field says it is missing', () => {
    expect(problemsOf('models.json', edited('models.json', d => { delete d.models[0].name })))
      .toEqual(['data/models.json: models[0].name: missing: expected a non-empty string'])
    expect(problemsOf('transparency.json', edited('transparency.json', d => { delete d.quotes })))
      .toEqual(['data/transparency.json: quotes: missing: expected an array'])
  })
  it.each(Object.keys(dataSchemas))('a wrong root type in %s says what the file should hold', (file) => {
    const [problem, ...rest] = problemsOf(file, [])
    expect(rest).toEqual([])
    expect(problem).toMatch(new RegExp(`^data/${file.replace('.', '\\.')}: \\(root\\): expected the file to hold an object with the keys .+, got an array$`))
  })
})

describe('text has bounds', () => {
  it('a name longer than the charts can show is refused with the path and the limit', () => {
    expect(problemsOf('models.json', edited('models.json', d => { d.models[0].name = 'x'.repeat(150) })))
      .toEqual([`data/models.json: models[0].name: expected a name of at most ${TEXT_LIMITS.name} characters, got 150`])
    expect(problemsOf('openness.json', edited('openness.json', d => { d.models[0].name = 'M'.repeat(150) })))
      .toEqual([`data/openness.json: models[0].name: expected a name of at most ${TEXT_LIMITS.name} characters, got 150`])
  })
  it('a 5 MB string is refused with the path and the limit', () => {
    expect(problemsOf('models.json', edited('models.json', d => { d.models[0].organisation = 'x'.repeat(5_000_000) })))
      .toEqual([`data/models.json: models[0].organisation: expected text of at most ${TEXT_LIMITS.text} characters, got 5000000`])
  })
  it('the current data is within the bounds', () => {
    for (const file of Object.keys(dataSchemas))
      expect(problemsOf(file, load(file))).toEqual([])
  })
})
