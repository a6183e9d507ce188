import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DataError, formatProblem } from '../../lib/data/format-issues'
import { osaiIndexSchema } from '../../lib/data/osai-index-schema'
import { validate } from '../../lib/data/parse-json'
import { deriveOsai, OsaiSourceError, parseModel, parseParameters } from '../../lib/osai/derive'
import { osaiModelScore, osaiScore } from '../../lib/osai/score'

const fx = resolve(import.meta.dirname, '../fixtures/osai')
const file = (name: string) => ({ name: `fixtures/${name}`, text: readFileSync(resolve(fx, name), 'utf8') })
const params = file('_parameters.yml')
const { parameters } = parseParameters(params.name, params.text)

function errorOf(fn: () => unknown): string {
  try {
    fn()
  }
  catch (e) {
    if (e instanceof OsaiSourceError)
      return e.message
    throw e
  }
  throw new Error('expected an OsaiSourceError')
}

describe('the index\'s parameters', () => {
  it('reads 12 parameters in the three groups', () => {
    const { groups } = parseParameters(params.name, params.text)
    expect(groups.map(g => g.id)).toEqual(['availability', 'documentation', 'access'])
    expect(groups.map(g => g.parameters.length)).toEqual([5, 6, 1])
    expect(parameters[0]).toEqual({ id: 'datasources_basemodel', name: 'Base Model Data', group: 'availability' })
  })
})

describe('deriving a model from YAML', () => {
  it('reads a valid file: classes, links as a list, notes, score', () => {
    const m = parseModel('fixtures/valid-model.yaml', file('valid-model.yaml').text, parameters)!
    expect(m.id).toBe('valid-model')
    expect(m.file).toBe('valid-model.yaml')
    expect(m.released).toBe('2025-03')
    expect(m.ratings.datasources_basemodel).toEqual({ class: 'open', links: ['https://example.org/data1', 'https://example.org/data2'], note: 'Data released.' })
    expect(m.ratings.weights_endmodel).toEqual({ class: 'open', links: [], note: '' })
    // 5 open, 3 partial, 4 closed
    expect(osaiModelScore(m, parameters.map(p => p.id))).toBe(Math.round((5 + 1.5) / 12 * 1000) / 1000)
  })
  it('skips models that are not text models', () => {
    expect(parseModel('fixtures/image-model.yaml', file('image-model.yaml').text, parameters)).toBeNull()
  })
  it('refuses a class outside open, partial, closed, naming file and path', () => {
    expect(errorOf(() => parseModel('fixtures/bad-class.yaml', file('bad-class.yaml').text, parameters)))
      .toBe('fixtures/bad-class.yaml: datasources_endmodel.class: expected one of open, partial, closed, got "maybe"')
  })
  it('refuses a missing parameter', () => {
    expect(errorOf(() => parseModel('fixtures/missing-parameter.yaml', file('missing-parameter.yaml').text, parameters)))
      .toBe('fixtures/missing-parameter.yaml: hardware_architecture: missing: expected the parameter "hardware_architecture" with class, link and notes')
  })
  it('refuses a file that is not YAML', () => {
    expect(errorOf(() => parseModel('fixtures/broken.yaml', file('broken.yaml').text, parameters))).toMatch(/^fixtures\/broken\.yaml: \(document\): not valid YAML/)
  })
  it('refuses a duplicate model, naming both files', () => {
    const v = file('valid-model.yaml')
    expect(errorOf(() => deriveOsai(params, [v, { name: 'fixtures/Valid-Model.yml', text: v.text }])))
      .toBe('fixtures/Valid-Model.yml: system.name: duplicate model: "Tiny" (id "valid-model") is already given by valid-model.yaml')
  })
  it('scores as the index does', () => {
    expect(osaiScore(['open', 'partial', 'closed', 'closed'])).toBe(0.375)
  })
})

describe('data/osai-index.json', () => {
  const src = resolve(import.meta.dirname, '../../sources/osai-index')
  const data = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/osai-index.json'), 'utf8'))
  it('is what derive:osai makes of sources/osai-index (not hand-edited)', () => {
    const derived = deriveOsai(
      { name: '_parameters.yml', text: readFileSync(resolve(src, '_parameters.yml'), 'utf8') },
      readdirSync(resolve(src, 'models')).filter(f => f.endsWith('.yaml')).sort().map(f => ({ name: f, text: readFileSync(resolve(src, 'models', f), 'utf8') })),
    )
    expect(data.models).toEqual(derived.models)
    expect(data.parameters.map((p: { id: string }) => p.id)).toEqual(derived.parameters.map(p => p.id))
    expect(data.models).toHaveLength(123)
  })
  const problems = (d: unknown) => {
    try {
      validate('data/osai-index.json', osaiIndexSchema, d)
      return []
    }
    catch (e) {
      if (e instanceof DataError)
        return e.problems.map(formatProblem)
      throw e
    }
  }
  it('passes its schema', () => expect(problems(data)).toEqual([]))
  it('the schema refuses a class outside the three', () => {
    const d = structuredClone(data)
    d.models[0].ratings.trainingcode.class = 'half'
    expect(problems(d)).toEqual(['data/osai-index.json: models[0].ratings.trainingcode.class: expected a class (open, partial, closed), got "half"'])
  })
  it('the schema refuses a missing parameter and a score written in (it is computed from the classes)', () => {
    const d = structuredClone(data)
    delete d.models[1].ratings.paper
    d.models[2].score = 0.999
    const p = problems(d)
    expect(p).toContain('data/osai-index.json: models[1].ratings.paper: missing: expected the rating of parameter "paper"')
    expect(p.some(x => x.startsWith('data/osai-index.json: models[2]: unknown key "score": expected only the keys id, file, name'))).toBe(true)
  })
  it('the schema refuses a duplicate model', () => {
    const d = structuredClone(data)
    d.models.push(d.models[0])
    expect(problems(d)).toEqual([`data/osai-index.json: models[123].id: expected a unique id, "${data.models[0].id}" appears twice`])
  })
})
