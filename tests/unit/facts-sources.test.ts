import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { gptEvolution, landscapeModels, osaiIndex, transparency } from '../../data'
import { dayLabelZh } from '../../lib/format/month'
import { turboTableShown } from '../../lib/evolution/turbo-table'

// What the deck says is what its sources say (issue 26): facts stored in two places agree, every correction names
// its source, nothing the audience reads speaks of the deck's making, and "now" always comes with its date.

const root = resolve(import.meta.dirname, '../..')
const read = (file: string) => readFileSync(join(root, file), 'utf8')

/**
 * The data files whose text the deck writes. Left out: the files derived by scripts from vendored sources
 * (osai-index.json, fmti-editions.json, fmti-reports-*.json: their text is the sources' own).
 */
const DERIVED_OR_ELSEWHERE = /^(osai-index|fmti-editions|fmti-reports-.*)\.json$/
const dataFiles = readdirSync(join(root, 'data')).filter(f => f.endsWith('.json') && !DERIVED_OR_ELSEWHERE.test(f))

/** Every string of a JSON value with its path, keys that hold addresses or file names left out. */
function strings(value: unknown, path = ''): { path: string, text: string }[] {
  if (typeof value === 'string')
    return [{ path, text: value }]
  if (Array.isArray(value))
    return value.flatMap((v, i) => strings(v, `${path}[${i}]`))
  if (value && typeof value === 'object')
    return Object.entries(value).filter(([k]) => !['$schema', 'url', 'seeds', 'seed'].includes(k)).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k))
  return []
}
const dataStrings = dataFiles.flatMap(f => strings(JSON.parse(read(join('data', f)))).map(s => ({ ...s, where: `data/${f}: ${s.path}` })))

/** The deck's Markdown (slide text and speaker notes) and the components' and layouts' own words. */
function filesUnder(dir: string, ext: RegExp): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap(e =>
    e.isDirectory() ? filesUnder(join(dir, e.name), ext) : ext.test(e.name) ? [join(dir, e.name)] : [])
}
const deckFiles = ['slides.md', ...filesUnder('slides', /\.md$/), ...filesUnder('components', /\.vue$/), ...filesUnder('layouts', /\.vue$/), 'slide-top.vue', 'slide-bottom.vue']
const deckLines = deckFiles.flatMap(f => read(f).split('\n').map((text, i) => ({ text, where: `${f}:${i + 1}` })))

/** Phrases that speak of how the deck was made, or name a source no reader could find. */
const MAKING = /原表|原课件|原页脚|本课件|课程资料|课程整理|综述|survey notes|lecture notes|CS2916 notes|此前这里记作/i

describe('nothing the audience reads speaks of the deck\'s making', () => {
  it('finds no such phrase in any string of the data', () => {
    expect(dataFiles).toEqual(expect.arrayContaining(['models.json', 'gpt-evolution.json', 'transparency.json', 'openness.json', 'open-chat-models.json']))
    expect(dataStrings.filter(s => MAKING.test(s.text)).map(s => `${s.where}: ${s.text}`)).toEqual([])
  })
  it('finds none in the slides, their speaker notes, the components or the layouts', () => {
    expect(deckLines.filter(l => MAKING.test(l.text)).map(l => `${l.where}: ${l.text.trim()}`)).toEqual([])
  })
})

/** The sources a correction may name: each one a reader can look up. */
const NAMED_SOURCES = /知乎汇总文章|《大语言模型追踪》|CSDN 文章《LLMs开源模型们和数据集简介》|课上幻灯片|Yao Fu|OpenAI|README|论文|博客|arXiv|模型说明|仓库/

describe('every correction of a source names the source it corrects', () => {
  it('names, wherever the data says what another source "记作" or "写作", that source', () => {
    const corrections = dataStrings.filter(s => /记作|写作/.test(s.text))
    expect(corrections.length).toBeGreaterThan(20)
    expect(corrections.filter(s => !NAMED_SOURCES.test(s.text)).map(s => `${s.where}: ${s.text}`)).toEqual([])
  })
  it('cites ColossalChat where the Luotuo row is corrected, and ChatGLM2-6B\'s README for its context length', () => {
    const luotuo = landscapeModels.models.find(m => m.id === 'luotuo')!
    expect(luotuo.note).toContain('ColossalChat')
    expect(luotuo.note).toContain('github.com/hpcaitech/ColossalAI')
    const point = landscapeModels.topics.find(t => t.id === 'chatglm')!.points.find(p => p.startsWith('ChatGLM2-6B'))!
    expect(point).toMatch(/2K 扩到 32K/)
    expect(point).toMatch(/对话阶段用 8K/)
    const chatglm2 = landscapeModels.models.find(m => m.id === 'chatglm2-6b')!
    expect(landscapeModels.topics.find(t => t.id === 'chatglm')!.models).toContain('chatglm2-6b')
    expect(chatglm2.source.url).toBe('https://github.com/THUDM/ChatGLM2-6B')
    expect(chatglm2.note).toMatch(/2K 扩到 32K，对话阶段用 8K/)
    expect(chatglm2.note).toMatch(/知乎汇总文章写作“更长的上下文（2K 扩展到 8K）”/)
  })
})

describe('every quote has a source address', () => {
  it('gives each quote, the announcement and its precedent an https address', () => {
    const sources = [...transparency.quotes.map(q => [q.id, q.source] as const), ['announcement', transparency.openSource.announcement.source] as const, ['precedent', transparency.openSource.precedent.source] as const]
    expect(sources.filter(([, s]) => !s.url?.startsWith('https://')).map(([id]) => id)).toEqual([])
  })
})

describe('one name for each model, as its makers write it', () => {
  const notMeta = /LLaMA[- ]?2|LLaMa ?2|LLAMA ?2/
  it('writes Llama 2 as Meta does in the data', () => {
    expect(dataStrings.filter(s => notMeta.test(s.text)).map(s => `${s.where}: ${s.text}`)).toEqual([])
  })
  it('and on the slides and in their notes', () => {
    expect(deckLines.filter(l => notMeta.test(l.text)).map(l => `${l.where}: ${l.text.trim()}`)).toEqual([])
  })
})

describe('a model\'s dates agree between the lineage graph and the timeline', () => {
  const timeline = (id: string) => landscapeModels.models.find(m => m.id === id)!.released
  const node = (id: string) => gptEvolution.nodes.find(n => n.id === id)!
  it('dates GPT-3 (davinci) and ChatGPT the same in both', () => {
    expect(node('davinci').released).toBe(timeline('gpt-3'))
    expect(node('chatgpt').released).toBe(timeline('chatgpt'))
  })
  it('dates the first GPT-3.5 models (code-davinci-002, text-davinci-002) to the timeline\'s GPT-3.5, from OpenAI\'s Edit & insert post', () => {
    const first = gptEvolution.nodes.filter(n => n.series === 'gpt-3.5').map(n => n.released).sort()[0]
    expect(first).toBe(timeline('gpt-3-5'))
    for (const id of ['code-davinci-002', 'text-davinci-002']) {
      expect(node(id).released, id).toBe(timeline('gpt-3-5'))
      expect(node(id).releasedRange?.sources, id).toContain('openai-edit-insert')
    }
  })
  it('says no month on a card that its own date contradicts', () => {
    for (const n of gptEvolution.nodes) {
      const stated = [...n.description.matchAll(/(\d{4}) 年 (\d{1,2}) 月发布/g)].map(m => `${m[1]}-${m[2]!.padStart(2, '0')}`)
      for (const month of stated)
        expect(month, n.id).toBe(n.released)
    }
  })
})

describe('the figures of a model agree wherever they appear', () => {
  it('gives Gemma (2B/7B) the 6T tokens of its report, which the training-data slide quotes, and Gemma 2 its own 13T', () => {
    const gemma = landscapeModels.models.find(m => m.id === 'gemma')!
    const quote = transparency.trainingData.find(t => t.id === 'gemma')!.excerpt.text
    expect(gemma.parametersB).toEqual([2, 7])
    expect(quote).toContain(`${gemma.trainingTokensB! / 1000}T tokens`)
    expect(quote).toContain('Gemma 2B and 7B')
    const gemma2 = landscapeModels.models.find(m => m.id === 'gemma-2')!
    expect(gemma2.trainingTokensB).toBe(13000)
    expect(gemma2.released > gemma.released).toBe(true)
  })
})

describe('"now" on a slide comes with its date, from the data', () => {
  it('dates the GPT-3.5 Turbo table between the release of its "New" snapshot and the deprecation day its rows announce', () => {
    const shown = gptEvolution.turboTable.shown!
    const newest = gptEvolution.nodes.find(n => n.api?.badge === 'New')!
    expect(shown.after.slice(0, 7)).toBe(newest.released)
    const deprecated = gptEvolution.nodes.map(n => /Will be deprecated on (\w+) (\d+), (\d{4})/.exec(n.description)).find(Boolean)!
    const month = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'].indexOf(deprecated[1]!) + 1
    expect(shown.before).toBe(`${deprecated[3]}-${String(month).padStart(2, '0')}-${deprecated[2]!.padStart(2, '0')}`)
    expect(turboTableShown(gptEvolution)).toBe(`表的状态：${dayLabelZh(shown.after)}之后、${dayLabelZh(shown.before)}之前`)
    expect(gptEvolution.sources.find(s => s.id === gptEvolution.turboTable.source)!.url).toMatch(/^https:\/\/platform\.openai\.com\/docs\/models/)
  })
  it('puts the index\'s date on every slide that shows the Open Source AI Index, and says it in their notes', () => {
    const slides = read('slides/02-openness.md').split(/\n---\n/)
    const osai = slides.filter(s => /<Osai(OpennessMatrix|Agreement|Landscape)\b/.test(s))
    expect(osai).toHaveLength(3)
    for (const s of osai)
      expect(s).toContain('<OsaiAsOf />')
    expect(osaiIndex.source.asOf).toBe('2026-06-12')
    expect(osai.filter(s => s.includes(dayLabelZh(osaiIndex.source.asOf)))).toHaveLength(3)
  })
  it('names every model before the notes compare it', () => {
    const notes = read('slides/02-openness.md').split(/\n---\n/).find(s => s.includes('<OsaiOpennessMatrix'))!
    const [, before = '', after = ''] = /([\s\S]*?)只有 K2 和 BLOOMZ([\s\S]*)/.exec(notes) ?? []
    expect(after).not.toBe('')
    for (const name of ['K2', 'BLOOMZ', 'Llama 4', 'DeepSeek R1', 'V3.2', 'GPT OSS', 'Gemma', 'Kimi K2.5'])
      expect(before, name).toContain(name)
  })
  it('leaves no undated "now" in the slides\' words', () => {
    expect(deckLines.filter(l => /今天同学们|现在评的是|现在的模型/.test(l.text)).map(l => l.where)).toEqual([])
  })
})

describe('the lecture\'s order and section names', () => {
  const chapter1 = read('slides/01-transparency.md')
  const slides = chapter1.split(/\n---\n/)
  const at = (component: string) => slides.findIndex(s => s.includes(`<${component}`))
  const kickerOf = (component: string) => /kicker: '([^']+)'/.exec(slides[at(component) - 1] ?? '')?.[1]
  it('puts 如何培养原创精神 between the GPT-3.5 slides and the research slides', () => {
    const originality = at('OriginalityClosing')
    expect(originality).toBeGreaterThan(at('TurboModelsTable'))
    expect(originality).toBeGreaterThan(at('GptEvolution'))
    expect(originality).toBeLessThan(at('FmtiHeatmap'))
    for (const research of ['FmtiHeatmap', 'FmtiTrend', 'PretrainingDetection', 'ModelStealing'])
      expect(at(research), research).toBeGreaterThan(originality)
  })
  it('shows the lecture\'s section names as kickers: 怪圈文化 over its slides, “透明性” 驱动的学术研究 over the research', () => {
    for (const c of ['TrainingDataClaims', 'ParameterRumours', 'TurboModelsTable', 'GptEvolution'])
      expect(kickerOf(c), c).toBe('大语言模型领域的“怪圈文化”')
    for (const c of ['FmtiHeatmap', 'FmtiTrend', 'FmtiSubdomainMeans', 'PretrainingDetection', 'ModelStealing', 'StealingInsight'])
      expect(kickerOf(c), c).toBe('“透明性” 驱动的学术研究')
    expect(kickerOf('OriginalityClosing')).toBeUndefined()
  })
  it('makes the originality slide\'s notes the bridge into the research', () => {
    const notes = /<!--([\s\S]*?)-->/.exec(slides[at('OriginalityClosing')]!)![1]!
    expect(notes).toContain('如何培养原创精神')
    expect(notes).toContain('“透明性”驱动的学术研究')
    expect(notes).toMatch(/接下来/)
  })
})
