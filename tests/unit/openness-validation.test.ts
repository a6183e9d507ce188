import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readDataFolder } from '../../lib/data/check-files'
import { DataError, formatProblem } from '../../lib/data/format-issues'
import { OPENNESS_ARTEFACT_IDS } from '../../lib/data/openness-ids'
import { opennessSchema } from '../../lib/data/openness-schema'
import { validate } from '../../lib/data/parse-json'
import { dataSchemas } from '../../lib/data/registry'
import { seedColumns, seedMatrix, seedValue } from '../fixtures/seed-openness'

const dataDir = resolve(import.meta.dirname, '../../data')
const FILE = 'data/openness.json'
const original = readFileSync(join(dataDir, 'openness.json'), 'utf8')
const fresh = () => JSON.parse(original)
const ALL_ARTEFACTS = OPENNESS_ARTEFACT_IDS.join(', ')

function problemsOf(value: unknown) {
  try {
    validate(FILE, opennessSchema, value)
  }
  catch (e) {
    if (e instanceof DataError)
      return e.problems.map(formatProblem)
    throw e
  }
  return []
}

/** The smallest file the schema accepts: every id once, every model closed on everything, no notes. */
function minimal() {
  const d = fresh()
  for (const m of d.models) {
    m.ratings = Object.fromEntries(OPENNESS_ARTEFACT_IDS.map(id => [id, 'closed']))
    delete m.note
    delete m.notes
  }
  d.openWeights.entries = d.openWeights.entries.slice(0, 1)
  return d
}

describe('openness.json validation', () => {
  it('accepts the real file', () => {
    expect(problemsOf(fresh())).toEqual([])
  })
  it('accepts a minimal file with no notes', () => {
    expect(problemsOf(minimal())).toEqual([])
  })
  it('refuses a value other than open, closed or na, naming the model and the artefact', () => {
    const d = fresh()
    d.models[1].ratings.weights = 'yes'
    expect(problemsOf(d)).toEqual([`${FILE}: models[1].ratings.weights: expected "open", "closed" or "na" (the seed's √, × and -), got "yes"`])
  })
  it('refuses the seed\'s glyph in place of the value', () => {
    const d = fresh()
    d.models[0].ratings['data-content'] = '×'
    expect(problemsOf(d)).toEqual([`${FILE}: models[0].ratings.data-content: expected "open", "closed" or "na" (the seed's √, × and -), got "×"`])
  })
  it('refuses a model that does not rate all 13 artefacts', () => {
    const d = fresh()
    delete d.models[2].ratings['reward-model']
    expect(problemsOf(d)).toEqual([`${FILE}: models[2].ratings.reward-model: missing: expected "open", "closed" or "na" (the seed's √, × and -)`])
  })
  it('refuses an unknown artefact id in the ratings', () => {
    const d = fresh()
    d.models[0].ratings.dataset = 'open'
    expect(problemsOf(d)).toEqual([`${FILE}: models[0].ratings: unknown key "dataset": expected only the keys ${ALL_ARTEFACTS}`])
  })
  it('refuses an unknown artefact id in the notes', () => {
    const d = fresh()
    d.models[3].notes['sft-data'] = d.models[3].notes['sft-data-info']
    expect(problemsOf(d)).toEqual([`${FILE}: models[3].notes: unknown key "sft-data": expected only the keys ${ALL_ARTEFACTS}`])
  })
  it('refuses ratings that are not an object', () => {
    const d = fresh()
    d.models[1].ratings = 'open'
    expect(problemsOf(d)).toEqual([`${FILE}: models[1].ratings: expected an object, got a string`])
  })
  it('refuses an unknown model id', () => {
    const d = fresh()
    d.models[3].id = 'gemma'
    expect(problemsOf(d)).toEqual([`${FILE}: models[3].id: expected a model id (gpt-4, llama-2, qwen, mistral, llm360, olmo), got "gemma"`])
  })
  it('refuses an unknown artefact id', () => {
    const d = fresh()
    d.artefacts[1].id = 'arch'
    expect(problemsOf(d)).toEqual([`${FILE}: artefacts[1].id: expected an artefact id (${ALL_ARTEFACTS}), got "arch"`])
  })
  it('refuses an unknown stage id on an artefact', () => {
    const d = fresh()
    d.artefacts[12].stage = 'rlhf'
    expect(problemsOf(d)).toEqual([`${FILE}: artefacts[12].stage: expected a stage id (pretraining, sft, alignment), got "rlhf"`])
  })
  it('refuses a missing model', () => {
    const d = fresh()
    d.models = d.models.filter((m: { id: string }) => m.id !== 'olmo')
    expect(problemsOf(d)).toEqual([`${FILE}: models: expected an entry with id "olmo", which is missing`])
  })
  it('refuses a model listed twice', () => {
    const d = fresh()
    d.models.push(d.models[0])
    expect(problemsOf(d)).toEqual([`${FILE}: models[6].id: expected a unique id, "gpt-4" appears twice`])
  })
  it('refuses a misspelt field, naming the fields it accepts', () => {
    const d = fresh()
    d.models[1].developper = 'Meta'
    expect(problemsOf(d)).toEqual([`${FILE}: models[1]: unknown key "developper": expected only the keys id, name, developer, ratings, note, notes, paper, source`])
  })
  it('refuses an artefact out of its stage\'s block', () => {
    const d = fresh()
    d.artefacts[0].stage = 'sft'
    expect(problemsOf(d)).toEqual([`${FILE}: artefacts[1].stage: expected the artefacts grouped by stage in the order pretraining, sft, alignment: "architecture" (pretraining) follows "training-code" (sft)`])
  })
  it('refuses an empty label', () => {
    const d = fresh()
    d.artefacts[4].label = '  '
    expect(problemsOf(d)).toEqual([`${FILE}: artefacts[4].label: expected a non-empty string`])
  })
  it('refuses a note without a source', () => {
    const d = fresh()
    delete d.models[1].notes['data-info'].source
    expect(problemsOf(d)).toEqual([`${FILE}: models[1].notes.data-info.source: missing: expected a source with seeds (seed file names) and/or url`])
  })
  it('refuses a Hugging Face repository outside the organisation', () => {
    const d = fresh()
    d.openWeights.entries[1].repo = 'TheBloke/Llama-2-70B-GGUF'
    expect(problemsOf(d)).toEqual([`${FILE}: openWeights.entries[1].repo: expected a repository of "meta-llama", got "TheBloke/Llama-2-70B-GGUF"`])
  })
  it('refuses a model whose paper has no address', () => {
    const d = fresh()
    delete d.models[0].source.url
    expect(problemsOf(d)).toEqual([`${FILE}: models[0].source.url: expected the address of the model's paper, which its \`paper\` cites`])
  })
  it('is reported by readDataFolder with the file name and the line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'deck-openness-'))
    for (const file of Object.keys(dataSchemas))
      writeFileSync(join(dir, file), readFileSync(join(dataDir, file)))
    const broken = original.replace('"training-code": "closed"', '"training-code": "closd"')
    writeFileSync(join(dir, 'openness.json'), broken)
    const line = broken.slice(0, broken.indexOf('"training-code": "closd"')).split('\n').length
    expect(readDataFolder(dir).problems.map(formatProblem)).toEqual([
      `data/openness.json:${line}: models[0].ratings.training-code: expected "open", "closed" or "na" (the seed's √, × and -), got "closd"`,
    ])
  })
})

describe('openness.json against the seed', () => {
  const d = validate(FILE, opennessSchema, fresh())
  it('has the seed\'s models, in the seed\'s order', () => {
    expect(d.models.map(m => m.id)).toEqual(seedColumns)
  })
  it('has the seed\'s 13 rows, stage by stage, with the seed\'s labels', () => {
    const stageLabel = new Map(d.stages.map(s => [s.id, s.label]))
    expect(d.artefacts.map(a => [stageLabel.get(a.stage), a.label])).toEqual(seedMatrix.map(([stage, row]) => [stage, row]))
  })
  it('rates every artefact as the seed\'s matrix does', () => {
    const fromData = d.artefacts.map(a => d.models.map(m => m.ratings[a.id]))
    const fromSeed = seedMatrix.map(([, , marks]) => marks.split(' ').map(mark => seedValue[mark]))
    expect(fromData).toEqual(fromSeed)
  })
})
