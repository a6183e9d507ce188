import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { chatgptPipelineSchema } from '../../lib/data/chatgpt-pipeline-schema'
import { validateDataFiles } from '../../lib/data/check-files'
import { DataError, formatProblem } from '../../lib/data/format-issues'
import { instructionFormatsSchema } from '../../lib/data/instruction-formats-schema'
import { modelsSchema } from '../../lib/data/models-schema'
import { nextMonth } from '../../lib/format/month'
import { validate } from '../../lib/data/parse-json'

const dataDir = resolve(import.meta.dirname, '../../data')
const load = (file: string) => JSON.parse(readFileSync(join(dataDir, file), 'utf8'))

function problemsOf(file: string, schema: z.ZodType, value: unknown): string[] {
  try {
    validate(`data/${file}`, schema, value)
  }
  catch (e) {
    if (e instanceof DataError)
      return e.problems.map(formatProblem)
    throw e
  }
  return []
}

describe('models.json validation', () => {
  const F = 'models.json'
  const problems = (d: unknown) => problemsOf(F, modelsSchema, d)
  const fresh = () => load(F)
  const at = (d: { models: { id: string }[] }, id: string) => d.models.findIndex(m => m.id === id)

  it('accepts the real file', () => {
    expect(problems(fresh())).toEqual([])
  })
  it('refuses an unknown base model id, naming the model', () => {
    const d = fresh()
    const i = at(d, 'alpaca')
    d.models[i].baseModel = 'llama-5'
    expect(problems(d)).toEqual([`data/models.json: models[${i}].baseModel: expected the id of a model in data/models.json, got "llama-5"`])
  })
  it('refuses a negative size', () => {
    const d = fresh()
    const i = at(d, 'gpt-3')
    d.models[i].parametersB = [-175]
    expect(problems(d)).toEqual([`data/models.json: models[${i}].parametersB[0]: expected a positive number of billions`])
  })
  it('refuses a malformed month', () => {
    const d = fresh()
    const i = at(d, 'llama')
    d.models[i].released = '2023-2'
    expect(problems(d)).toEqual([`data/models.json: models[${i}].released: expected a month as YYYY-MM (month 01 to 12), got "2023-2"`])
    d.models[i].released = '2023-13'
    expect(problems(d)).toEqual([`data/models.json: models[${i}].released: expected a month as YYYY-MM (month 01 to 12), got "2023-13"`])
  })
  it('refuses sizes out of order', () => {
    const d = fresh()
    const i = at(d, 'llama')
    d.models[i].parametersB = [7, 65, 13]
    expect(problems(d)).toEqual([`data/models.json: models[${i}].parametersB: expected sizes in ascending order, each once`])
  })
  it('refuses a base model released after the model', () => {
    const d = fresh()
    // ChatDoctor (2023-03), a model the relation figure does not draw: the figure's own check stays quiet.
    const i = at(d, 'chatdoctor')
    d.models[i].baseModel = 'llama-2'
    expect(problems(d)).toEqual([`data/models.json: models[${i}].baseModel: expected a base model released by 2023-03, "llama-2" was released 2023-07`])
  })
  it('refuses a model that is its own base', () => {
    const d = fresh()
    const i = at(d, 'gpt-4')
    d.models[i].baseModel = 'gpt-4'
    expect(problems(d)).toEqual([`data/models.json: models[${i}].baseModel: expected another model than "gpt-4" itself, or null`])
  })
  it('refuses an unknown architecture and a misspelt key', () => {
    const d = fresh()
    d.models[0].architecture = 'decoder'
    d.models[0].paramters = 1
    const p = problems(d)
    expect(p).toContain('data/models.json: models[0].architecture: expected an architecture (decoder-only, encoder-decoder, GLM-style, multi-task, undisclosed), got "decoder"')
    expect(p.some(m => m.startsWith('data/models.json: models[0]: ') && m.includes('paramters'))).toBe(true)
  })
  it('refuses a duplicate id, and each reference to the id it replaced', () => {
    const d = fresh()
    const i = at(d, 'qwen-3')
    d.models[i].id = 'qwen'
    expect(problems(d)).toEqual([
      `data/models.json: models[${i}].id: expected a unique id, "qwen" appears twice`,
      'data/models.json: eras[3].highlight[4]: expected the id of a model in data/models.json, got "qwen-3"',
    ])
  })
  it('refuses a model outside the eras and a gap between eras', () => {
    const d = fresh()
    d.models[0].released = '2018-01'
    d.eras[1].from = '2022-02'
    expect(problems(d)).toEqual([
      `data/models.json: models[0].released: expected a month within the eras (2018-06 to 2025-12), got 2018-01`,
      'data/models.json: eras[1].from: expected 2022-01, the month after the previous era ends',
    ])
  })
  it('refuses an unknown model in an era or a topic', () => {
    const d = fresh()
    d.eras[0].highlight.push('gpt-5')
    d.topics[0].models[0] = 'palm-3'
    expect(problems(d)).toEqual([
      'data/models.json: eras[0].highlight[4]: expected the id of a model in data/models.json, got "gpt-5"',
      'data/models.json: topics[0].models[0]: expected the id of a model in data/models.json, got "palm-3"',
    ])
  })
  it('refuses a source with neither seeds nor url', () => {
    const d = fresh()
    d.models[0].source = {}
    expect(problems(d)).toEqual(['data/models.json: models[0].source: expected seeds (seed file names) or url, or both'])
  })
  it('counts months across a year', () => {
    expect(nextMonth('2021-12')).toBe('2022-01')
    expect(nextMonth('2022-09')).toBe('2022-10')
  })
})

describe('open-chat-models.json validation', () => {
  const F = 'open-chat-models.json'
  // With data/models.json, whose ids the projects name.
  const problems = (d: unknown) => validateDataFiles(new Map([[F, d], ['models.json', load('models.json')]])).problems.map(formatProblem)
  const fresh = () => load(F)

  it('accepts the real file', () => {
    expect(problems(fresh())).toEqual([])
  })
  it('refuses a backbone that is not in models.json', () => {
    const d = fresh()
    d.projects[1].backbone.models = ['llama-7b']
    expect(problems(d)).toEqual(['data/open-chat-models.json: projects[1].backbone.models[0]: expected the id of a model in data/models.json, got "llama-7b"'])
  })
  it('refuses a negative size and a negative count', () => {
    const d = fresh()
    d.projects[0].sizesB = [-7]
    d.projects[0].data[0].count = -52000
    expect(problems(d)).toEqual([
      'data/open-chat-models.json: projects[0].sizesB[0]: expected a positive number of billions',
      'data/open-chat-models.json: projects[0].data[0].count: expected a positive number of examples',
    ])
  })
  it('refuses an unknown tuning strategy or kind of data', () => {
    const d = fresh()
    d.projects[2].tuning = ['SFT', 'DPO']
    d.projects[2].data[0].kind = 'dialogue'
    expect(problems(d)).toEqual([
      'data/open-chat-models.json: projects[2].data[0].kind: expected a kind of data (instruction, conversation, preference, tool, pretraining), got "dialogue"',
      'data/open-chat-models.json: projects[2].tuning[1]: expected a tuning strategy (SFT, RLHF), got "DPO"',
    ])
  })
  it('refuses a tuning strategy listed twice, and a duplicate project id', () => {
    const d = fresh()
    d.projects[3].tuning = ['SFT', 'SFT']
    d.projects[4].id = d.projects[0].id
    expect(problems(d)).toEqual([
      `data/open-chat-models.json: projects[4].id: expected a unique id, "${d.projects[0].id}" appears twice`,
      'data/open-chat-models.json: projects[3].tuning: expected each tuning strategy once',
    ])
  })
})

describe('chatgpt-pipeline.json validation', () => {
  const F = 'chatgpt-pipeline.json'
  const problems = (d: unknown) => problemsOf(F, chatgptPipelineSchema, d)
  const fresh = () => load(F)

  it('accepts the real file', () => {
    expect(problems(fresh())).toEqual([])
  })
  it('refuses stages out of order', () => {
    const d = fresh()
    d.stages.reverse()
    expect(problems(d)).toEqual(['data/chatgpt-pipeline.json: stages: expected the stages pretraining -> sft -> reward-model -> ppo in that order, got ppo -> reward-model -> sft -> pretraining'])
  })
  it('refuses a ranking that leaves out an answer or names one twice', () => {
    const d = fresh()
    d.ranking.order = [['D'], ['C'], ['C', 'B']]
    expect(problems(d)).toEqual(['data/chatgpt-pipeline.json: ranking.order: expected each answer (A, B, C, D) exactly once, got D > C > C = B'])
  })
  it('refuses an answer label that is not one capital letter', () => {
    const d = fresh()
    d.ranking.answers[0].id = 'a1'
    expect(problems(d)[0]).toBe('data/chatgpt-pipeline.json: ranking.answers[0].id: expected an answer label, one capital letter')
  })
})

describe('instruction-formats.json validation', () => {
  const F = 'instruction-formats.json'
  const problems = (d: unknown) => problemsOf(F, instructionFormatsSchema, d)
  const fresh = () => load(F)

  it('accepts the real file', () => {
    expect(problems(fresh())).toEqual([])
  })
  it('refuses a highlighted line past the end of the code', () => {
    const d = fresh()
    const i = d.examples.findIndex((e: { id: string }) => e.id === 'alpaca')
    d.examples[i].steps[0].lines = '2-9'
    expect(problems(d)).toEqual([`data/instruction-formats.json: examples[${i}].steps[0].lines: expected lines between 1 and 5 (the code's lines), got 9`])
  })
  it('refuses a walkthrough whose last step does not show the whole block', () => {
    const d = fresh()
    const i = d.examples.findIndex((e: { id: string }) => e.id === 'belle')
    d.examples[i].steps.pop()
    const last = d.examples[i].steps.length - 1
    expect(problems(d)).toEqual([`data/instruction-formats.json: examples[${i}].steps[${last}].lines: expected the last step to show the whole block, "1-4", got "3"`])
  })
  it('refuses line ranges that Slidev cannot read', () => {
    const d = fresh()
    d.examples[0].steps[0].lines = '2..4'
    expect(problems(d)).toEqual(['data/instruction-formats.json: examples[0].steps[0].lines: expected line numbers such as "3", "2-4" or "4,6"'])
  })
  it('refuses an unknown language and a non-integer number of upvotes', () => {
    const d = fresh()
    d.examples[1].language = 'js'
    d.formula.examples[0].upvotes = 1.5
    expect(problems(d)).toEqual([
      'data/instruction-formats.json: examples[1].language: expected a language (json, python, text), got "js"',
      'data/instruction-formats.json: formula.examples[0].upvotes: expected a whole number of upvotes',
    ])
  })
})
