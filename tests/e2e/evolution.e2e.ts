import type { Browser, Page } from 'playwright-chromium'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { gptEvolution } from '../../data'
import { evolutionSteps, stepOfMonth } from '../../lib/evolution/steps'
import { drawnOpacities, onSlide, openSlide } from '../helpers/slides'
import { openDeck } from './site'

const CHART = '[data-chart="gpt-evolution"]'
const TABLE = '[data-chart="gpt-3.5-turbo-table"]'
const steps = evolutionSteps(gptEvolution.nodes.map(n => n.released), gptEvolution.stepByMonthThrough)
const stepOf = (id: string) => stepOfMonth(steps, gptEvolution.nodes.find(n => n.id === id)!.released)
const nodeIds = gptEvolution.nodes.map(n => n.id)
const edgeIds = gptEvolution.edges.map(e => `${e.from}->${e.to}`)
const revealedAt = (step: number) => gptEvolution.nodes.filter(n => stepOf(n.id) <= step).map(n => n.id)

let browser: Browser
let slide: number
let tableSlide: number

beforeAll(async () => {
  ({ browser, slides: { chart: slide, table: tableSlide } } = await openDeck({ chart: CHART, table: TABLE }))
})
afterAll(() => browser?.close())

const openAt = (no: number, clicks: number, ready = `${CHART} [data-ready]`) => openSlide(browser, no, clicks, ready)
const active = (page: Page) => onSlide(page, slide, CHART)
/** The nodes the browser shows: visible, and not transparent. */
async function shownNodes(page: Page): Promise<string[]> {
  const nodes = await active(page).locator('[data-node]').all()
  const shown = await Promise.all(nodes.map(async n => (await n.isVisible()) && Number(await n.evaluate(e => getComputedStyle(e).opacity)) > 0 ? n.getAttribute('data-node') : null))
  return shown.filter((id): id is string => id !== null)
}

describe('the GPT evolution graph on the built site', () => {
  it('draws exactly the nodes and edges of data/gpt-evolution.json', async () => {
    const { page, errors, outside } = await openAt(slide, steps.length - 1)
    const chart = active(page)
    await expect(chart.getAttribute('aria-label')).resolves.toMatch(new RegExp(`${gptEvolution.nodes.length} 个模型的谱系图，2020 至 2024 年`))
    expect(await chart.locator('[data-node]').evaluateAll(els => els.map(e => e.getAttribute('data-node')))).toEqual(nodeIds)
    expect(await chart.locator('[data-edge]').evaluateAll(els => els.map(e => e.getAttribute('data-edge')))).toEqual(edgeIds)
    for (const n of gptEvolution.nodes)
      expect(await chart.locator(`[data-node="${n.id}"] text`).textContent()).toBe(n.name)
    for (const e of gptEvolution.edges)
      expect(await chart.locator(`[data-edge="${e.from}->${e.to}"]`).getAttribute('data-method')).toBe(e.method)
    expect(await shownNodes(page)).toEqual(nodeIds)
    expect(await drawnOpacities(chart.locator('[data-node]'))).toEqual(Object.fromEntries(nodeIds.map(id => [id, 1])))
    expect(await chart.locator('path[d*="NaN"]').count()).toBe(0)
    expect(errors).toEqual([])
    expect(outside).toEqual([])
    await page.close()
  })

  it('grows step by step in time order as the lecturer presses →, and shrinks with ←', async () => {
    const { page, errors } = await openAt(slide, 0)
    expect(await shownNodes(page)).toEqual(['davinci'])
    for (let s = 1; s < steps.length; s++) {
      await page.keyboard.press('ArrowRight')
      await expect.poll(() => shownNodes(page), { timeout: 5000 }).toEqual(revealedAt(s))
      await expect.poll(() => active(page).getAttribute('data-step-label')).toBe(steps[s]!.label)
    }
    await page.keyboard.press('ArrowLeft')
    await expect.poll(() => shownNodes(page), { timeout: 5000 }).toEqual(revealedAt(steps.length - 2))
    expect(errors).toEqual([])
    await page.close()
  })

  it('shows the hover card with the date, the method, both claims where sources differ, and the sources', async () => {
    const { page } = await openAt(slide, steps.length - 1)
    await active(page).locator('[data-node="text-davinci-002"]').hover()
    const tip = active(page).locator('[data-tooltip]')
    await expect.poll(() => tip.textContent()).toContain('来源说法不一：知乎汇总文章称有监督指令微调（SFT）；OpenAI model index 称 FeedME。')
    const text = (await tip.textContent())!
    expect(text).toContain('2022 年 3 月（各来源：2022 年 3 月 – 2022 年 6 月）')
    expect(text).toContain('← code-davinci-002：有监督指令微调（SFT）')
    expect(text).toContain('OpenAI, Model index for researchers')
    await page.close()
  })

  it('is one Tab stop: Enter enters, the arrows move over the cards and into the legend, Enter toggles, Escape leaves', async () => {
    const { page } = await openAt(slide, steps.length - 1)
    const chart = active(page)
    await chart.focus()
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-mark') ?? document.activeElement?.getAttribute('data-chart'))
    expect(await focused()).toBe('gpt-evolution')
    expect(await chart.locator('[tabindex="0"]').count()).toBe(0)
    await page.keyboard.press('Enter')
    await expect.poll(focused).toBe('davinci')
    await expect.poll(() => chart.locator('[data-tooltip]').textContent()).toContain('davinci')
    await page.keyboard.press('ArrowRight')
    await expect.poll(focused).toBe('code-cushman-001')
    for (let i = 0; i < 20; i++)
      await page.keyboard.press('ArrowDown')
    await expect.poll(focused).toBe('method:code')
    const rlhf = gptEvolution.methods.findIndex(m => m.id === 'rlhf')
    for (let i = 0; i < rlhf; i++)
      await page.keyboard.press('ArrowRight')
    await expect.poll(focused).toBe('method:rlhf')
    await page.keyboard.press('Enter')
    await expect.poll(() => chart.locator('button[data-method="rlhf"]').getAttribute('aria-pressed')).toBe('true')
    // The arrows moved inside the chart, never the lecture.
    expect(await chart.getAttribute('data-step')).toBe(String(steps.length - 1))
    expect(new URL(page.url()).pathname).toContain(`/${slide}`)
    await page.keyboard.press('Escape')
    await expect.poll(focused).toBe('gpt-evolution')
    // Once left, the arrows move the lecture again.
    await page.keyboard.press('ArrowLeft')
    await expect.poll(() => chart.getAttribute('data-step')).toBe(String(steps.length - 2))
    await page.close()
  })

  it('highlights all RLHF edges from the legend', async () => {
    const { page } = await openAt(slide, steps.length - 1)
    await active(page).locator('button[data-method="rlhf"]').click()
    const highlighted = () => active(page).locator('[data-edge].is-highlighted').evaluateAll(els => els.map(e => e.getAttribute('data-edge')))
    await expect.poll(highlighted).toEqual(gptEvolution.edges.filter(e => e.method === 'rlhf').map(e => `${e.from}->${e.to}`))
    await page.close()
  })
})

describe('the GPT-3.5 Turbo table on the built site', () => {
  it('lists the seed\'s models with their context windows, from the data', async () => {
    const { page, errors } = await openAt(tableSlide, 0, TABLE)
    const rows = onSlide(page, tableSlide, `${TABLE} tbody tr`)
    expect(await rows.evaluateAll(els => els.map(e => e.getAttribute('data-model')))).toEqual(gptEvolution.turboTable.rows)
    for (const [i, id] of gptEvolution.turboTable.rows.entries()) {
      const api = gptEvolution.nodes.find(n => n.id === id)!.api!
      expect(await rows.nth(i).locator('td').nth(1).textContent()).toBe(`${api.contextWindow.toLocaleString('en-US')} tokens`)
    }
    expect(errors).toEqual([])
    await page.close()
  })
})
