import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { fmti, gptEvolution, openness, opennessFrameworks, osaiIndex } from '../../data'
import { frameworkTable } from '../../lib/openness/frameworks'
import { osaiMatrixLayout } from '../../lib/osai/matrix-layout'
import { OSAI_LECTURE_MODELS, OSAI_NEWER_MODELS } from '../../lib/osai/selection'
import { launch, openPage, url } from './site'

/** The handout written by `npm run export` (npm test runs it before this file). */
const HANDOUT = resolve(import.meta.dirname, '../../dist-pdf/cs2916-transparency-openness.pdf')

const pageCount = () => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [HANDOUT], { encoding: 'utf8' }))![1])
let texts: string[] | undefined
/** Every page's text, read once: pdftotext ends each page with a form feed. */
const allPages = () => (texts ??= execFileSync('pdftotext', ['-layout', HANDOUT, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).split('\f').slice(0, -1))

let printedStates: string[]
beforeAll(async () => {
  // The built site's print view lists one container per slide and click step: the PDF must have a page for each.
  const browser = await launch()
  const { page } = await openPage(browser)
  await page.goto(url('print?print=clicks'), { waitUntil: 'networkidle' })
  // Slides add their click steps as they mount: wait until the list of printed states stops growing.
  const states = () => page.locator('.print-slide-container').evaluateAll(els => els.map(e => e.id))
  let stable = 0
  printedStates = await states()
  while (stable < 4) {
    await page.waitForTimeout(250)
    const now = await states()
    stable = now.length === printedStates.length && !(await page.locator('.slidev-slide-loading').count()) ? stable + 1 : 0
    printedStates = now
  }
  await browser.close()
})

describe('the PDF handout', () => {
  it('exists', () => {
    expect(existsSync(HANDOUT)).toBe(true)
  })

  it('has a page per slide and click step', () => {
    expect(printedStates.length).toBeGreaterThan(1)
    expect(pageCount()).toBe(printedStates.length)
    expect(allPages()).toHaveLength(printedStates.length)
  })

  it('holds the heatmap as text on one page per step, "Titan Text" and "透明" included', () => {
    const pages = allPages()
    const heatmapPages = pages.filter(t => t.includes('Titan Text') && t.includes('满足的指标比例'))
    expect(heatmapPages).toHaveLength(4)
    expect(pages.join('\n')).toContain('透明')
    for (const m of fmti.models)
      expect(heatmapPages[3], m.name).toContain(m.name.split(' ')[0])
  })

  it('shows each step fully drawn: averages from step 1, weakest from step 2, sorted by average at step 3', () => {
    const pages = allPages().filter(t => t.includes('满足的指标比例'))
    const [bare, averages, weakest, sorted] = pages as [string, string, string, string]
    expect(bare).not.toMatch(/Average/)
    expect(averages).toMatch(/Average/)
    expect(averages).not.toMatch(/平均最低/)
    expect(weakest).toMatch(/平均最低的 4 个维度/)
    const headerOrder = (text: string) => {
      const line = text.split('\n').find(l => l.includes('Titan Text') && l.includes('Jurassic-2'))!
      return ['Jurassic-2', 'Llama 2', 'Titan Text', 'Claude 2'].sort((a, b) => line.indexOf(a) - line.indexOf(b))
    }
    expect(headerOrder(bare)).toEqual(['Jurassic-2', 'Titan Text', 'Claude 2', 'Llama 2'])
    expect(headerOrder(sorted)).toEqual(['Llama 2', 'Claude 2', 'Jurassic-2', 'Titan Text'])
  })
})

describe('the openness chapter in the PDF', () => {
  const pages = () => allPages()

  it('has the matrix on one page per step, every model named as text', () => {
    const matrixPages = pages().filter(t => t.includes('not applicable'))
    expect(matrixPages).toHaveLength(5)
    for (const page of matrixPages) {
      for (const m of openness.models)
        expect(page, m.id).toContain(m.name)
    }
  })

  it('reveals the stages and the groups step by step, never ahead', () => {
    const [pre, sft, align, contrast, weights] = pages().filter(t => t.includes('not applicable')) as [string, string, string, string, string]
    expect(pre).toContain('分布式训练架构')
    expect(pre).not.toContain('指令数据信息')
    expect(pre).not.toContain('奖励函数')
    expect(sft).toContain('指令数据信息')
    expect(sft).not.toContain('奖励函数')
    expect(align).toContain('奖励函数')
    expect(align).toContain('13/13')
    expect(align).not.toContain('完全开源')
    expect(contrast).toContain('完全开源')
    expect(contrast).not.toContain('仅开放权重')
    expect(weights).toContain('仅开放权重')
  })

  it('closes the lecture with its thanks', () => {
    expect(pages().join('\n')).toContain('谢谢各位')
  })
})

describe('the European Open Source AI Index in the PDF', () => {
  const TITLE = '另一份评分：欧洲开源 AI 指数'
  const matrixPages = () => allPages().filter(t => t.includes(TITLE))
  const layout = osaiMatrixLayout(osaiIndex, OSAI_LECTURE_MODELS.map(m => m.osai), [...OSAI_NEWER_MODELS])
  /** Header lines drawn at their natural width (longer ones are squeezed to the column and may not read as one word). */
  const names = (phase: 'lecture' | 'newer') => layout.columns.filter(c => c.phase === phase).flatMap(c => c.lines).filter(l => l.length <= 7)
  const SCORE_NOTE = 'score = mean(open 1, partial 0.5, closed 0)'

  it('has the matrix on one page per click step (clicks: 2), its parameters as text on each', () => {
    const pages = matrixPages()
    expect(pages).toHaveLength(3)
    for (const page of pages) {
      for (const r of layout.rows)
        expect(page, r.id).toContain(r.label)
    }
  })

  it('step 0 shows the lecture\'s models only, step 1 adds the newer ones, step 2 the scores', () => {
    const [lecture, newer, scores] = matrixPages() as [string, string, string]
    expect(names('lecture').length).toBeGreaterThan(2)
    expect(names('newer').length).toBeGreaterThan(2)
    for (const n of names('lecture')) {
      expect(lecture, n).toContain(n)
      expect(newer, n).toContain(n)
    }
    for (const n of names('newer')) {
      expect(lecture, n).not.toContain(n)
      expect(newer, n).toContain(n)
      expect(scores, n).toContain(n)
    }
    expect(lecture).not.toContain(SCORE_NOTE)
    expect(newer).not.toContain(SCORE_NOTE)
    expect(scores).toContain(SCORE_NOTE)
    // The scores as the index computes them, under their columns, only on the last step.
    const label = (id: string) => layout.scores.find(s => s.col === id)!.label
    for (const id of ['olmo', 'qwen', 'gpt-oss']) {
      expect(scores, id).toMatch(new RegExp(`(^|\\s)${label(id).replace('.', '\\.')}(\\s|$)`))
      expect(lecture, id).not.toMatch(new RegExp(`(^|\\s)${label(id).replace('.', '\\.')}(\\s|$)`))
    }
  })
})

describe('the two definitions of open AI in the PDF', () => {
  it('has the table on one page, its counts as text', () => {
    const pages = allPages().filter(t => t.includes('两种定义要求公开什么'))
    expect(pages).toHaveLength(1)
    const page = pages[0]!
    const t = frameworkTable(opennessFrameworks, openness)
    for (const f of opennessFrameworks.frameworks)
      expect(page, f.id).toContain(f.name)
    const line = page.split('\n').find(l => l.includes('要求 required'))!
    expect(line.replace(/.*required/, '').trim().split(/\s+/)).toEqual(t.columns.map(c => String(t.counts[c.id]!.required)))
    expect(page).not.toContain('悬停')
  })
})

describe('the GPT evolution graph in the PDF', () => {
  const treePages = () => allPages().filter(t => t.includes('从 GPT-3 到 GPT-3.5 再到 ChatGPT'))

  it('grows one page per step, with cards only once they are released', () => {
    const pages = treePages()
    expect(pages).toHaveLength(6)
    expect(pages[0]).toContain('davinci')
    expect(pages[0]).not.toContain('code-cushman-001')
    expect(pages[1]).toContain('code-cushman-001')
    expect(pages[1]).not.toContain('text-davinci-001')
    expect(pages[2]).toContain('text-davinci-001')
    expect(pages[2]).toContain('text-davinci-002')
    expect(pages[2]).not.toContain('text-davinci-003')
    expect(pages[3]).toContain('text-davinci-003')
    expect(pages[3]).not.toContain('gpt-3.5-turbo')
    expect(pages[4]).toContain('gpt-3.5-turbo')
    expect(pages[4]).not.toContain('gpt-3.5-turbo-0125')
    for (const node of gptEvolution.nodes)
      expect(pages[5], node.id).toContain(node.name)
  })
})

describe('the lecture\'s order and section names in the PDF', () => {
  const squash = (t: string) => t.replace(/\s+/g, '')
  it('puts 如何培养原创精神 after the GPT-3.5 pages and before the research pages, which carry their section name', () => {
    const pages = allPages().map(squash)
    const originality = pages.findIndex(t => t.includes('如何培养原创精神'))
    const lastLineage = pages.findLastIndex(t => t.includes('从GPT-3到GPT-3.5再到ChatGPT'))
    const firstHeatmap = pages.findIndex(t => t.includes('FMTI：10家开发者'))
    expect(originality).toBe(lastLineage + 1)
    expect(firstHeatmap).toBe(originality + 1)
    for (const title of ['FMTI：10家开发者', '检测预训练数据', '神经网络语言模型'])
      expect(pages.filter(t => t.includes(title)).every(t => t.startsWith('“透明性”驱动的学术研究')), title).toBe(true)
    for (const title of ['技术报告里的训练数据', 'GPT-3.5究竟是什么'])
      expect(pages.filter(t => t.includes(title)).every(t => t.startsWith('大语言模型领域的“怪圈文化”')), title).toBe(true)
    expect(pages[originality]).not.toContain('怪圈文化')
  })
  it('dates the GPT-3.5 Turbo table, the Hugging Face listing and the Open Source AI Index on their pages', () => {
    const all = squash(allPages().join(''))
    expect(all).toContain('表的状态：2024年1月25日之后、2024年6月13日之前')
    expect(all).toContain('列表截于2023年11月14日之后')
    const osai = allPages().map(squash).filter(t => t.includes('欧洲开源AI指数·2026年6月12日的数据'))
    expect(osai.length).toBeGreaterThanOrEqual(5)
  })
})

describe('the landscape chapter in the PDF', () => {
  it('holds its charts and code as text', () => {
    const all = allPages().join('\n').replace(/\s+/g, ' ')
    for (const text of ['大语言模型时间线', 'DeepSeek-V3', 'ChatGPT 的训练流程', '4 个回答 → 5 个比较对', '开源对话模型', 'client.chat.completions.create', 'meta_instruction', 'Inner Thoughts', 'StackLLaMA'])
      expect(all, text).toContain(text)
  })
})

describe('every page of the PDF', () => {
  it('is drawn: no slide still loading', () => {
    const all = allPages()
    expect(all.filter(t => t.includes('Loading slide'))).toEqual([])
  })
})
