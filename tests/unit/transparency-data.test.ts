import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { transparency } from '../../data'
import { segmentText } from '../../lib/format/emphasis'
import { DataError, type DataProblem } from '../../lib/data/format-issues'
import { jsonSchemaFor } from '../../lib/data/registry'
import { parseJsonText, validate } from '../../lib/data/parse-json'
import { transparencySchema } from '../../lib/data/transparency-schema'

const FILE = 'data/transparency.json'
const original = readFileSync(resolve(import.meta.dirname, '../../data/transparency.json'), 'utf8')
/** A mutable copy of the real file, untyped on purpose: the tests break it in ways the types forbid. */
const fresh = () => JSON.parse(original)

function problemsOf(value: unknown): DataProblem[] {
  try {
    validate(FILE, transparencySchema, value)
  }
  catch (e) {
    if (e instanceof DataError)
      return e.problems
    throw e
  }
  return []
}

/** The first problem of an edited copy of the real file. */
function firstProblem(edit: (d: ReturnType<typeof fresh>) => void): DataProblem {
  const d = fresh()
  edit(d)
  const problems = problemsOf(d)
  expect(problems.length, 'expected the edit to be refused').toBeGreaterThan(0)
  return problems[0]!
}

describe('transparency.json validation', () => {
  it('accepts the real file', () => {
    expect(problemsOf(parseJsonText(FILE, original))).toEqual([])
  })

  it('has its committed JSON Schema up to date (npm run schemas)', () => {
    const committed = readFileSync(resolve(import.meta.dirname, '../../data/schemas/transparency.schema.json'), 'utf8')
    expect(committed).toBe(jsonSchemaFor('transparency.json'))
  })

  it('refuses a quote with no text, naming the quote', () => {
    const p = firstProblem((d) => { delete d.quotes[0].text })
    expect(p).toEqual({ file: FILE, path: 'quotes[0].text', message: 'missing: expected a non-empty string' })
  })

  it('refuses a quote whose text is only spaces', () => {
    const p = firstProblem((d) => { d.quotes[2].text = '   ' })
    expect(p.path).toBe('quotes[2].text')
    expect(p.message).toBe('expected a non-empty string')
  })

  it('refuses an unknown field, naming it', () => {
    const p = firstProblem((d) => { d.quotes[1].speaker = 'Bill Gates' })
    expect(p.path).toBe('quotes[1]')
    expect(p.message).toContain('speaker')
  })

  it('refuses a field of the wrong type', () => {
    const p = firstProblem((d) => { d.stealing.findings[0].costUsd = '20' })
    expect(p.path).toBe('stealing.findings[0].costUsd')
    expect(p.message).toBe('expected a dollar amount')
  })

  it('refuses an unknown detail level', () => {
    const p = firstProblem((d) => { d.trainingData[0].detail = 'very detailed' })
    expect(p).toEqual({ file: FILE, path: 'trainingData[0].detail', message: 'expected a level of detail (detailed, brief, one-line), got "very detailed"' })
  })

  it('refuses an item with no source', () => {
    const p = firstProblem((d) => { delete d.trainingData[2].source })
    expect(p.path).toBe('trainingData[2].source')
    expect(p.message).toMatch(/^missing: /)
  })

  it('refuses a source with neither seeds nor url', () => {
    const p = firstProblem((d) => { d.rumours[1].source = {} })
    expect(p.path).toBe('rumours[1].source')
    expect(p.message).toBe('expected seeds (seed file names) or url, or both')
  })

  it('refuses a seed that is not a seed file name', () => {
    const p = firstProblem((d) => { d.closing.source.seeds = ['seed.txt'] })
    expect(p.path).toBe('closing.source.seeds[0]')
  })

  it('refuses a negative dollar amount', () => {
    const p = firstProblem((d) => { d.stealing.findings[1].costUsd = -2000 })
    expect(p).toEqual({ file: FILE, path: 'stealing.findings[1].costUsd', message: 'expected a positive dollar amount' })
  })

  it('refuses a parameter count of zero', () => {
    const p = firstProblem((d) => { d.rumours[0].parametersB = 0 })
    expect(p.path).toBe('rumours[0].parametersB')
  })

  it('refuses a URL that is not https', () => {
    const p = firstProblem((d) => { d.course.site = 'http://plms.ai/teaching/index.html' })
    expect(p).toEqual({ file: FILE, path: 'course.site', message: 'expected an https:// URL' })
  })

  it('refuses an emphasis that does not occur in the text', () => {
    const p = firstProblem((d) => { d.quotes[0].emphasis = ['发明', '创造'] })
    expect(p.path).toBe('quotes[0].emphasis[1]')
    expect(p.message).toContain('"创造" does not occur')
  })

  it('refuses overlapping emphases', () => {
    const p = firstProblem((d) => { d.trainingData[1].excerpt.emphasis = ['publicly available data', 'available data (such'] })
    expect(p.path).toBe('trainingData[1].excerpt.emphasis[1]')
  })

  it('refuses a duplicate id', () => {
    const p = firstProblem((d) => { d.trainingData[1].id = d.trainingData[0].id })
    expect(p).toEqual({ file: FILE, path: 'trainingData[1].id', message: 'expected a unique id, "gpt-3" appears twice' })
  })
})

describe('transparency data content', () => {
  it('gives each training-data passage the verdict the seed puts under it', () => {
    expect(Object.fromEntries(transparency.trainingData.map(c => [c.model, c.verdict]))).toEqual({
      'GPT-3': '细致地描述使用的预训练语料，包括组成、大小、过滤方法',
      'GPT-4': '一笔概括：使用了公开的互联网数据',
      'Llama 2': '一笔概括：更新了上个版本数据且引入了新的数据',
      'Gemma': '简单说了数据组成以及总数据量',
    })
  })

  it('keeps the numbers of the rumours and of the attack', () => {
    expect(transparency.rumours.map(r => [r.model, r.parametersB])).toEqual([['ChatGPT (gpt-3.5-turbo)', 20], ['GPT-4', 220]])
    expect(transparency.stealing.findings.map(f => [f.target, f.costUsd])).toEqual([['Babbage', 20], ['gpt-3.5-turbo', 2000]])
    expect(transparency.stealing.paper.arxiv).toBe('2403.06634')
  })

  it('is frozen', () => {
    expect(Object.isFrozen(transparency.quotes[0]!.emphasis)).toBe(true)
  })
})

describe('segmentText', () => {
  it('returns the text as one plain segment when nothing is emphasised', () => {
    expect(segmentText('发明与发现', [])).toEqual([{ text: '发明与发现', emphasis: false }])
  })

  it('emphasises the first occurrence of each mark only, in text order', () => {
    expect(segmentText('不是发明，而是发现。望远镜是发明', ['发现', '发明'])).toEqual([
      { text: '不是', emphasis: false },
      { text: '发明', emphasis: true },
      { text: '，而是', emphasis: false },
      { text: '发现', emphasis: true },
      { text: '。望远镜是发明', emphasis: false },
    ])
  })

  it('handles marks at both ends of the text', () => {
    expect(segmentText('45TB to 570GB', ['45TB', '570GB'])).toEqual([
      { text: '45TB', emphasis: true },
      { text: ' to ', emphasis: false },
      { text: '570GB', emphasis: true },
    ])
  })

  it('ignores a mark that is missing or overlaps an earlier one', () => {
    expect(segmentText('abcdef', ['bcd', 'cde', 'xyz'])).toEqual([
      { text: 'a', emphasis: false },
      { text: 'bcd', emphasis: true },
      { text: 'ef', emphasis: false },
    ])
  })
})
