import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DataError, formatProblem } from '../../lib/data/format-issues'
import { gptEvolutionSchema } from '../../lib/data/gpt-evolution-schema'
import { validate } from '../../lib/data/parse-json'

const FILE = 'data/gpt-evolution.json'
const original = readFileSync(resolve(import.meta.dirname, '../../data', 'gpt-evolution.json'), 'utf8')
const fresh = () => JSON.parse(original)
const edgeIndex = (d: { edges: { from: string, to: string }[] }, from: string, to: string) => d.edges.findIndex(e => e.from === from && e.to === to)
const nodeIndex = (d: { nodes: { id: string }[] }, id: string) => d.nodes.findIndex(n => n.id === id)

function problemsOf(value: unknown) {
  try {
    validate(FILE, gptEvolutionSchema, value)
  }
  catch (e) {
    if (e instanceof DataError)
      return e.problems.map(formatProblem)
    throw e
  }
  return []
}

describe('gpt-evolution.json validation', () => {
  it('accepts the real file', () => {
    expect(problemsOf(fresh())).toEqual([])
  })

  it('refuses an edge to an unknown node, naming the edge and the id', () => {
    const d = fresh()
    const i = edgeIndex(d, 'text-davinci-002', 'chatgpt')
    d.edges[i].to = 'gpt-4'
    expect(problemsOf(d)).toEqual([`${FILE}: edges[${i}].to: expected the id of a node in nodes, got "gpt-4"`])
  })

  it('refuses a cycle, spelling it out', () => {
    const d = fresh()
    d.edges.push({ from: 'text-davinci-002', to: 'code-davinci-002', method: 'sft', evidence: 'inferred', claims: [{ method: 'sft', text: 'a loop', source: 'zhihu-survey' }] })
    expect(problemsOf(d)).toEqual([`${FILE}: edges: expected a lineage without cycles, got cycle: code-davinci-002 -> text-davinci-002 -> code-davinci-002`])
  })

  it('refuses a release month that is not a month', () => {
    const d = fresh()
    const i = nodeIndex(d, 'chatgpt')
    d.nodes[i].released = '2022-13'
    expect(problemsOf(d)).toEqual([`${FILE}: nodes[${i}].released: expected a month as YYYY-MM (month 01 to 12), got "2022-13"`])
  })

  it('refuses a date written out in words, or as a number', () => {
    const d = fresh()
    d.nodes[0].released = 'July 2020'
    d.nodes[1].released = 2021
    expect(problemsOf(d)).toEqual([
      `${FILE}: nodes[0].released: expected a month as YYYY-MM (month 01 to 12), got "July 2020"`,
      `${FILE}: nodes[1].released: expected a month as YYYY-MM, got 2021`,
    ])
  })

  it('refuses a missing release month', () => {
    const d = fresh()
    delete d.nodes[2].released
    expect(problemsOf(d)).toEqual([`${FILE}: nodes[2].released: missing: expected a month as YYYY-MM`])
  })

  it('refuses a bad month inside a node\'s api row', () => {
    const d = fresh()
    const i = nodeIndex(d, 'gpt-3.5-turbo-0125')
    d.nodes[i].api.trainingCutoff = 'Sep 2021'
    expect(problemsOf(d)).toEqual([`${FILE}: nodes[${i}].api.trainingCutoff: expected a month as YYYY-MM (month 01 to 12), got "Sep 2021"`])
  })

  it('refuses a child released before its parent', () => {
    const d = fresh()
    const i = nodeIndex(d, 'text-davinci-003')
    d.nodes[i].released = '2022-02'
    const e = edgeIndex(d, 'text-davinci-002', 'text-davinci-003')
    expect(problemsOf(d)).toEqual([`${FILE}: edges[${e}]: expected "text-davinci-003" (2022-02) to be released no earlier than its parent "text-davinci-002" (2022-03)`])
  })

  it('refuses a release month outside the range its sources give', () => {
    const d = fresh()
    const i = nodeIndex(d, 'code-davinci-002')
    d.nodes[i].releasedRange.from = '2022-04'
    expect(problemsOf(d)).toEqual([`${FILE}: nodes[${i}].released: expected a month within releasedRange (2022-04 to 2022-07), got 2022-03`])
  })

  it('refuses a drawn method that no claim states', () => {
    const d = fresh()
    const e = edgeIndex(d, 'code-davinci-002', 'text-davinci-002')
    d.edges[e].method = 'rlhf'
    expect(problemsOf(d)).toEqual([`${FILE}: edges[${e}].method: expected a method that one of its claims states (sft, feedme), got "rlhf"`])
  })

  it('refuses an unknown method and an unknown evidence', () => {
    const d = fresh()
    d.edges[0].method = 'distillation'
    d.edges[1].evidence = 'rumoured'
    expect(problemsOf(d)).toEqual([
      `${FILE}: edges[0].method: expected a method id (code, code-instruction, sft, feedme, rlhf, variant, replacement, alias), got "distillation"`,
      `${FILE}: edges[1].evidence: expected the kind of evidence (stated, inferred), got "rumoured"`,
    ])
  })

  it('refuses a node of a family the file does not list', () => {
    const d = fresh()
    d.nodes[2].family = 'gpt-4'
    expect(problemsOf(d)).toEqual([`${FILE}: nodes[2].family: expected a family id (${d.families.map((f: { id: string }) => f.id).join(', ')}), got "gpt-4"`])
  })

  it('refuses a claim whose source is not in sources', () => {
    const d = fresh()
    d.edges[0].claims[0].source = 'wikipedia'
    expect(problemsOf(d)).toEqual([`${FILE}: edges[0].claims[0].source: expected the id of an entry in sources, got "wikipedia"`])
  })

  it('refuses a duplicated node id and a duplicated edge', () => {
    const d = fresh()
    d.nodes.push({ ...d.nodes[0] })
    d.edges.push({ ...d.edges[0] })
    expect(problemsOf(d)).toEqual([
      `${FILE}: nodes[${d.nodes.length - 1}].id: expected a unique id, "davinci" appears twice`,
      `${FILE}: edges[${d.edges.length - 1}]: expected each edge once, davinci->code-davinci-001 appears twice`,
    ])
  })

  it('refuses a table row for a model without its context window and training data', () => {
    const d = fresh()
    d.turboTable.rows.push('chatgpt')
    expect(problemsOf(d)).toEqual([`${FILE}: turboTable.rows[7]: expected a node with an api row (context window, training cutoff), "chatgpt" has none`])
  })

  it('refuses a Turbo table window that is not two days in order', () => {
    const d = fresh()
    d.turboTable.shown.before = '2024-01-01'
    expect(problemsOf(d)).toEqual([`${FILE}: turboTable.shown.before: expected a day after 2024-01-25, got 2024-01-01`])
    d.turboTable.shown.before = 'June 13, 2024'
    expect(problemsOf(d)).toEqual([`${FILE}: turboTable.shown.before: expected a day as YYYY-MM-DD, got "June 13, 2024"`])
  })

  it('refuses a misspelt key', () => {
    const d = fresh()
    d.nodes[0].relased = '2020-07'
    expect(problemsOf(d)[0]).toMatch(/^data\/gpt-evolution\.json: nodes\[0\]: unknown key "relased": expected only the keys id, .*released/)
  })
})
