import type { Browser } from 'playwright-chromium'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { osaiIndex } from '../../data'
import { OSAI_LECTURE_MODELS, OSAI_MATRIX_MODELS } from '../../lib/osai/selection'
import { checkKeyboard } from './keyboard'
import { openDeck, openPage, url } from './site'
import { stepVisibilityOf } from '../helpers/slides'

const MATRIX = '[data-chart="osai-openness"]'
const LAND = '[data-chart="osai-landscape"]'
const byId = new Map(osaiIndex.models.map(m => [m.id, m]))
/** A model's score as the index computes it: the mean of its 12 classes (open 1, partial 0.5, closed 0), to 3 decimals. */
const CLASS_VALUE = { open: 1, partial: 0.5, closed: 0 } as const
const scoreOf = (id: string) => Math.round(Object.values(byId.get(id)!.ratings).reduce((a, r) => a + CLASS_VALUE[r.class], 0) / 12 * 1000) / 1000
let browser: Browser
let slide: Record<string, number>

beforeAll(async () => {
  ({ browser, slides: slide } = await openDeck({ matrix: MATRIX, land: LAND }))
})
afterAll(() => browser?.close())

async function openAt(which: string, clicks: number, chart: string) {
  const opened = await openPage(browser)
  await opened.page.goto(url(`${slide[which]}?clicks=${clicks}`), { waitUntil: 'networkidle' })
  const root = opened.page.locator(`.slidev-page-${slide[which]} ${chart}`)
  await root.locator('[data-ready]').waitFor()
  return { ...opened, root }
}

describe('the index on the built site', () => {
  it('every matrix mark equals the YAML-derived class; no request leaves localhost', async () => {
    const { page, root, errors, outside } = await openAt('matrix', 2, MATRIX)
    expect(await root.locator('.mark').count()).toBe(OSAI_MATRIX_MODELS.length * 12)
    const marks = await root.locator('.mark').evaluateAll(els => els.map(e => [e.getAttribute('data-row'), e.getAttribute('data-col'), e.getAttribute('data-value')]))
    for (const [row, col, value] of marks)
      expect(value, `${row} x ${col}`).toBe(byId.get(col!)!.ratings[row!]!.class)
    for (const id of OSAI_MATRIX_MODELS)
      expect(await root.locator(`[data-score="${id}"] text`).textContent()).toBe(scoreOf(id).toFixed(2))
    expect(errors).toEqual([])
    expect(outside).toEqual([])
    await page.close()
  })

  it('steps: lecture models, then newer ones, then scores', async () => {
    const shown = async (clicks: number) => {
      const { page, root } = await openAt('matrix', clicks, MATRIX)
      const cols = await root.locator('.mark:not(.step-hidden)').evaluateAll(els => [...new Set(els.map(e => e.getAttribute('data-col')))])
      const scores = await stepVisibilityOf(root.locator('.scores'))
      await page.close()
      return { cols, scores }
    }
    expect(await shown(0)).toEqual({ cols: OSAI_LECTURE_MODELS.map(m => m.osai), scores: 'hidden' })
    expect(await shown(1)).toEqual({ cols: [...OSAI_MATRIX_MODELS], scores: 'hidden' })
    expect(await shown(2)).toEqual({ cols: [...OSAI_MATRIX_MODELS], scores: 'visible' })
  })

  it('hover shows the note and the evidence link', async () => {
    const { page, root } = await openAt('matrix', 2, MATRIX)
    await root.locator('.mark[data-row="trainingcode"][data-col="olmo"]').hover()
    const r = byId.get('olmo')!.ratings.trainingcode!
    await expect(root.locator('[data-tooltip-note]').textContent()).resolves.toBe(r.note)
    expect(await root.locator('[data-tooltip-link]').first().getAttribute('href')).toBe(r.links[0])
    await page.mouse.move(0, 0)
    await page.waitForTimeout(400)
    await page.close()
  })

  it('the matrix is one Tab stop: Enter enters, arrows move without turning the slide, Escape leaves', async () => {
    const { page, root } = await openAt('matrix', 2, MATRIX)
    // weights_basemodel is the third row, Qwen the third column.
    const [first, , qwen] = OSAI_LECTURE_MODELS.map(m => m.osai)
    expect(qwen).toBe('qwen')
    await checkKeyboard(page, root, { first: `datasources_basemodel|${first}`, moves: ['ArrowDown', 'ArrowDown', 'ArrowRight', 'ArrowRight'], target: `weights_basemodel|${qwen}`, tooltip: byId.get('qwen')!.ratings.weights_basemodel!.note })
    await page.close()
  })

  it('the landscape has one node per dated text model and a hover card', async () => {
    const { page, root } = await openAt('land', 0, LAND)
    const nodes = await root.locator('[data-node]').evaluateAll(els => els.map(e => [e.getAttribute('data-node'), Number(e.getAttribute('data-score'))] as const))
    expect(nodes.length).toBe(osaiIndex.models.filter(m => m.released).length)
    for (const [id, score] of nodes)
      expect(score).toBe(scoreOf(id!))
    await root.locator('[data-node="gpt-oss"]').hover()
    await expect(root.locator('[data-tooltip]').textContent()).resolves.toContain('GPT OSS')
    expect(await root.locator('[data-table-row]').count()).toBe(osaiIndex.models.length)
    await page.close()
  })

  it('the landscape is one Tab stop; the keyboard walks the models in release order', async () => {
    const { page, root } = await openAt('land', 0, LAND)
    const order = osaiIndex.models.filter(m => m.released).sort((a, b) => a.released!.localeCompare(b.released!) || a.id.localeCompare(b.id))
    await checkKeyboard(page, root, { first: order[0]!.id, moves: ['ArrowRight', 'ArrowRight'], target: order[2]!.id, tooltip: order[2]!.name })
    await page.close()
  })
})
