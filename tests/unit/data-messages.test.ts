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
      .toEqual(['data/models.json: (root): unknown key "extra": expected only the keys $schema, models, eras, topics, tracker, excluded, relations'])
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

describe('the same words in the files the first pass missed', () => {
  it('fmti-2023.json refuses an unknown key and lists the keys allowed there', () => {
    expect(problemsOf('fmti-2023.json', edited('fmti-2023.json', d => { d.models[0].colour = 'red' })))
      .toEqual(['data/fmti-2023.json: models[0]: unknown key "colour": expected only the keys id, name, developer, developerLabel'])
  })
  it('a key a record does not allow is an unknown key with what was expected', () => {
    expect(problemsOf('fmti-reports-2024-05.json', edited('fmti-reports-2024-05.json', d => { d.developers.Meta = d.developers.meta })))
      .toEqual(['data/fmti-reports-2024-05.json: developers.Meta: unknown key "Meta": expected a kebab-case id such as "llama-2"'])
  })
  it('a source with an unknown key lists the keys allowed', () => {
    expect(problemsOf('transparency.json', edited('transparency.json', d => { d.quotes[0].source.page = 3 })))
      .toEqual(['data/transparency.json: quotes[0].source: unknown key "page": expected only the keys seeds, url'])
  })
  it('a missing field says it is missing even where its schema words the expectation itself', () => {
    expect(problemsOf('open-chat-models.json', edited('open-chat-models.json', d => { delete d.axes[0].id })))
      .toEqual(['data/open-chat-models.json: axes[0].id: missing: expected an axis (backbone, data, tuning, sizes)'])
  })
})

describe('text bounds in the derived files', () => {
  it('a model name in the OSAI matrix and a developer name in the FMTI editions are names', () => {
    expect(problemsOf('osai-index.json', edited('osai-index.json', d => { d.models[0].name = 'M'.repeat(150) })))
      .toEqual([`data/osai-index.json: models[0].name: expected a name of at most ${TEXT_LIMITS.name} characters, got 150`])
    expect(problemsOf('fmti-editions.json', edited('fmti-editions.json', d => { d.editions[0].developers[0].name = 'D'.repeat(150) })))
      .toEqual([`data/fmti-editions.json: editions[0].developers[0].name: expected a name of at most ${TEXT_LIMITS.name} characters, got 150`])
  })
  it('a report\'s text and a rating\'s note have a limit', () => {
    const dev = Object.keys(load('fmti-reports-2025-12.json').developers)[0]!
    expect(problemsOf('fmti-reports-2025-12.json', edited('fmti-reports-2025-12.json', d => { d.developers[dev][0].disclosure = 'x'.repeat(5_000_000) })))
      .toEqual([`data/fmti-reports-2025-12.json: developers.${dev}[0].disclosure: expected a report's text of at most ${TEXT_LIMITS.report} characters, got 5000000`])
    expect(problemsOf('osai-index.json', edited('osai-index.json', d => { d.models[0].ratings.code.note = 'x'.repeat(5_000_000) })))
      .toEqual([`data/osai-index.json: models[0].ratings.code.note: expected text of at most ${TEXT_LIMITS.text} characters, got 5000000`])
  })
  it('an id has a limit', () => {
    expect(problemsOf('fmti-2023.json', edited('fmti-2023.json', d => { d.dimensions[0].id = 'x'.repeat(5_000_000) }))[0])
      .toBe(`data/fmti-2023.json: dimensions[0].id: expected an id of at most ${TEXT_LIMITS.id} characters`)
  })
})

describe('a huge value in a message', () => {
  it('is cut with its length, so every line stays readable (and the checker does not run out of string)', () => {
    const lines = problemsOf('osai-index.json', edited('osai-index.json', d => { d.parameters[0].id = 'x'.repeat(5_000_000) }))
    expect(lines[0]).toBe(`data/osai-index.json: parameters[0].id: expected an id of at most ${TEXT_LIMITS.id} characters`)
    expect(lines.length).toBeGreaterThan(1)
    for (const line of lines)
      expect(line.length).toBeLessThan(1200)
    expect(lines).toContain(`data/osai-index.json: parameters[0].group: expected a group that lists "${'x'.repeat(80)}…" (5000000 characters), got "availability"`)
  }, 60_000)
})
