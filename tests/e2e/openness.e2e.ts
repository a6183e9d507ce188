import type { Browser, Page } from 'playwright-chromium'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openness } from '../../data'
import { opennessGroups } from '../../lib/openness/groups'
import { modelPaper } from '../../lib/openness/paper'
import { opennessScore } from '../../lib/openness/score'
import { checkKeyboard, tabToChart } from './keyboard'
import { openDeck, openPage, url } from './site'
import { stepVisibilityOf } from '../helpers/slides'

const MATRIX = '[data-chart="openness-matrix"]'
const LIST = '[data-chart="openness-artefacts"]'
const HUB = '[data-chart="open-weights"]'
const stageOf = new Map(openness.artefacts.map(a => [a.id, a.stage]))
const groups = opennessGroups(openness)
let browser: Browser
let slide: Record<string, number>

beforeAll(async () => {
  ({ browser, slides: slide } = await openDeck({ matrix: MATRIX, list: LIST, hub: HUB }))
})
afterAll(() => browser?.close())

async function openAt(which: string, clicks: number, ready = true) {
  const opened = await openPage(browser)
  await opened.page.goto(url(`${slide[which]}?clicks=${clicks}`), { waitUntil: 'networkidle' })
  if (ready)
    await opened.page.locator(`.slidev-page-${slide[which]} ${MATRIX} [data-ready]`).waitFor()
  return opened
}
const active = (page: Page, which: string, chart: string) => page.locator(`.slidev-page-${slide[which]} ${chart}`)
const matrix = (page: Page) => active(page, 'matrix', MATRIX)

/** The stages whose marks the browser shows, in row order. */
async function shownStages(page: Page): Promise<string[]> {
  const rows = await matrix(page).locator('.mark:not(.step-hidden)').evaluateAll(els => els.map(e => e.getAttribute('data-row')!))
  return [...new Set(rows.map(r => stageOf.get(r as never)!))]
}
const visibleCount = (page: Page) => matrix(page).locator('.mark:not(.step-hidden)').count()
const tags = (page: Page) => matrix(page).locator('[data-tag]').evaluateAll(els => els.map(e => e.getAttribute('data-tag')))
const outlines = (page: Page) => matrix(page).locator('[data-outline]').evaluateAll(els => els.map(e => e.getAttribute('data-outline')))

describe('the openness matrix on the built site', () => {
  it('draws every mark with the value in data/, and the scores computed from it', async () => {
    const { page } = await openAt('matrix', 4)
    const chart = matrix(page)
    await expect(chart.getAttribute('aria-label')).resolves.toMatch(/openness matrix/)
    expect(await chart.locator('[data-row][data-col][data-value]').count()).toBe(openness.models.length * openness.artefacts.length)
    for (const m of openness.models) {
      for (const a of openness.artefacts)
        expect(await chart.locator(`[data-row="${a.id}"][data-col="${m.id}"]`).getAttribute('data-value'), `${a.id} x ${m.id}`).toBe(m.ratings[a.id])
      const score = opennessScore(m, openness.artefacts.map(a => a.id))
      expect(await chart.locator(`[data-score="${m.id}"] text`).textContent()).toBe(score.label)
    }
    await page.close()
  })

  it('reveals pretraining, SFT, alignment and the scores, then the two contrasts, as the lecturer presses →', async () => {
    const { page, errors, outside } = await openAt('matrix', 0)
    expect(await shownStages(page)).toEqual(['pretraining'])
    expect(await visibleCount(page)).toBe(42)
    expect(await stepVisibilityOf(matrix(page).locator('.scores'))).toBe('hidden')

    await page.keyboard.press('ArrowRight')
    await expect.poll(() => shownStages(page)).toEqual(['pretraining', 'sft'])
    expect(await visibleCount(page)).toBe(60)

    await page.keyboard.press('ArrowRight')
    await expect.poll(() => shownStages(page)).toEqual(['pretraining', 'sft', 'alignment'])
    expect(await visibleCount(page)).toBe(78)
    expect(await stepVisibilityOf(matrix(page).locator('.scores'))).toBe('visible')
    expect(await tags(page)).toEqual([])

    await page.keyboard.press('ArrowRight')
    await expect.poll(() => outlines(page)).toEqual(['fully-open', 'closed'])
    expect(await tags(page)).toEqual(['fully-open', 'closed'])
    for (const id of groups['fully-open'])
      expect(await matrix(page).locator(`[data-header-col="${id}"]`).getAttribute('class')).not.toContain('dimmed')
    for (const id of groups['open-weights'])
      expect(await matrix(page).locator(`[data-header-col="${id}"]`).getAttribute('class')).toContain('dimmed')

    await page.keyboard.press('ArrowRight')
    await expect.poll(() => outlines(page)).toEqual(['open-weights'])
    expect(await tags(page)).toEqual(['fully-open', 'closed', 'open-weights'])
    expect(await matrix(page).locator('[data-callout="open-weights"]').textContent()).toContain(groups['open-weights'].map(id => openness.models.find(m => m.id === id)!.name).join(' · '))

    await page.keyboard.press('ArrowLeft')
    await page.keyboard.press('ArrowLeft')
    await page.keyboard.press('ArrowLeft')
    await expect.poll(() => shownStages(page)).toEqual(['pretraining', 'sft'])
    expect(await outlines(page)).toEqual([])
    expect(errors).toEqual([])
    expect(outside).toEqual([])
    await page.close()
  })

  it('shows the artefact\'s question and the note on hover, and highlights the row and the column', async () => {
    const { page } = await openAt('matrix', 4)
    await matrix(page).locator('[data-row="sft-weights"][data-col="llama-2"]').hover()
    const tip = matrix(page).locator('[data-tooltip]')
    await expect.poll(() => tip.textContent()).toContain('精调后的模型参数是否公开？')
    const text = (await tip.textContent())!
    expect(text).toContain('Llama 2 (Meta)')
    expect(text).toContain('– 不适用')
    expect(text).toContain(openness.models.find(m => m.id === 'llama-2')!.notes!['sft-weights']!.text)
    expect(await matrix(page).locator('[data-header-row="sft-weights"]').getAttribute('class')).toContain('active')
    expect(await matrix(page).locator('[data-header-col="llama-2"]').getAttribute('class')).toContain('active')

    await matrix(page).locator('[data-header-col="olmo"]').hover()
    await expect.poll(() => tip.count()).toBe(0)
    expect(await matrix(page).locator('[data-band-col]').count()).toBe(1)
    await page.close()
  })

  it('is one Tab stop: Enter enters, arrows move without turning the slide, Escape leaves', async () => {
    const { page } = await openAt('matrix', 4)
    // training-code is the first row, GPT-4 the first column: one step right of it, Llama 2.
    await checkKeyboard(page, matrix(page), { first: 'training-code|gpt-4', moves: ['ArrowRight', 'ArrowLeft', 'ArrowRight'], target: 'training-code|llama-2', tooltip: '高性能分布式训练代码是否公开？' })
    await page.close()
  })

  it('shows the tooltip on keyboard focus too', async () => {
    const { page } = await openAt('matrix', 4)
    await tabToChart(page, matrix(page))
    await page.keyboard.press('Enter')
    await expect.poll(() => matrix(page).locator('[data-tooltip]').textContent()).toContain('高性能分布式训练代码是否公开？')
    expect(await matrix(page).locator('[data-tooltip]').textContent()).toContain('✗ 未公开')
    await page.close()
  })

  it('has a data table alternative inside the chart', async () => {
    const { page } = await openAt('matrix', 0)
    const rows = matrix(page).locator('[data-table-alternative] tbody tr')
    expect(await rows.count()).toBe(openness.artefacts.length + 1)
    expect(await rows.first().locator('th').textContent()).toBe('预训练 · 分布式训练架构')
    await page.close()
  })
})

describe('the slides around the matrix', () => {
  it('lists the 13 artefacts with their questions, one stage per click', async () => {
    const { page, errors } = await openAt('list', 0, false)
    const list = active(page, 'list', LIST)
    const shown = () => list.locator('[data-stage]').evaluateAll(els => els.filter(e => getComputedStyle(e).visibility === 'visible').map(e => e.getAttribute('data-stage')))
    await expect.poll(shown).toEqual(['pretraining'])
    await page.keyboard.press('ArrowRight')
    await expect.poll(shown).toEqual(['pretraining', 'sft'])
    await page.keyboard.press('ArrowRight')
    await expect.poll(shown).toEqual(['pretraining', 'sft', 'alignment'])
    const questions = await list.locator('[data-artefact] .question').allTextContents()
    expect(questions).toEqual(openness.artefacts.map(a => a.question))
    expect(errors).toEqual([])
    await page.close()
  })

  it('shows the Llama 2 weights on Hugging Face, then what Llama 2 keeps back', async () => {
    const { page } = await openAt('hub', 1, false)
    const hub = active(page, 'hub', HUB)
    expect(await hub.locator('[data-repo]').evaluateAll(els => els.map(e => e.getAttribute('data-repo')))).toEqual(openness.openWeights.entries.map(e => e.repo))
    const llama = openness.models.find(m => m.id === openness.openWeights.model)!
    const closed = openness.artefacts.filter(a => llama.ratings[a.id] === 'closed').map(a => a.id)
    expect(await hub.locator('[data-kind="closed"] [data-artefact]').evaluateAll(els => els.map(e => e.getAttribute('data-artefact')))).toEqual(closed)
    expect(await hub.locator('[data-citation]').textContent()).toContain(`arXiv:${modelPaper(llama).arxiv}`)
    await page.close()
  })

  it('reaches each artefact Llama 2 releases or keeps back by keyboard, with its question', async () => {
    const { page } = await openAt('hub', 1, false)
    const llama = openness.models.find(m => m.id === openness.openWeights.model)!
    const open = openness.artefacts.filter(a => llama.ratings[a.id] === 'open')
    await checkKeyboard(page, active(page, 'hub', HUB), { first: open[0]!.id, moves: ['ArrowRight'], target: open[1]!.id, tooltip: open[1]!.question })
    await page.close()
  })
})
