import type { Browser, Page } from 'playwright-chromium'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chatgptPipeline, instructionFormats, landscapeModels, openChatModels } from '../../data'
import { timelineStepState } from '../../lib/timeline/timeline-steps'
import { drawnOpacities, onSlide, openSlide, stepVisibilityOf } from '../helpers/slides'
import { openDeck } from './site'

const TIMELINE = '[data-chart="model-timeline"]'
const PIPELINE = '[data-chart="training-pipeline"]'
const OPEN_CHAT = '[data-chart="open-chat-models"]'
const { models, eras } = landscapeModels
let browser: Browser
let slides: Record<string, number>
/** Console errors and requests leaving localhost of every page these tests open (openPage records them). */
const records: { errors: string[], outside: string[] }[] = []

beforeAll(async () => {
  ({ browser, slides } = await openDeck({
    timeline: TIMELINE,
    pipeline: PIPELINE,
    openChat: OPEN_CHAT,
    ...Object.fromEntries(instructionFormats.examples.map(e => [e.id, `[data-format="${e.id}"]`])),
  }))
})
afterAll(() => browser?.close())

async function openAt(slide: number, clicks: number, ready?: string) {
  const opened = await openSlide(browser, slide, clicks, ready)
  records.push(opened)
  return opened.page
}
const on = onSlide
const visibleMarks = (page: Page) => on(page, slides.timeline!, `${TIMELINE} [data-node]:not(.step-hidden)`).count()
const shownAt = (step: number) => {
  const s = timelineStepState(eras, step)
  const highlighted = new Set<string>(eras[s.era]!.highlight)
  return models.filter(m => m.released <= s.until || highlighted.has(m.id)).length
}

describe('the model timeline on the built site', () => {
  it('draws a mark for every model in data/models.json, with its parameters', async () => {
    const page = await openAt(slides.timeline!, eras.length - 1, `${TIMELINE} [data-ready]`)
    const chart = on(page, slides.timeline!, TIMELINE)
    expect(await chart.locator('[data-node]').count()).toBe(models.length)
    for (const m of models) {
      const mark = chart.locator(`[data-node="${m.id}"]`)
      expect(await mark.getAttribute('data-value'), m.id).toBe(m.parametersB ? String(Math.max(...m.parametersB)) : 'undisclosed')
      expect(await stepVisibilityOf(mark), m.id).toBe('visible')
    }
    // The last era's marks at full strength, the earlier eras' dimmed to 0.38 as the step says, none faded out.
    const drawn = Object.values(await drawnOpacities(chart.locator('[data-node]')))
    expect(drawn.filter(o => o !== 1 && o !== 0.38)).toEqual([])
    expect(drawn.filter(o => o === 1).length).toBeGreaterThan(0)
    await page.close()
  })

  it('reveals the eras one by one as the lecturer presses →', async () => {
    const page = await openAt(slides.timeline!, 0, `${TIMELINE} [data-ready]`)
    expect(await visibleMarks(page)).toBe(shownAt(0))
    expect(await on(page, slides.timeline!, '[data-era]').getAttribute('data-era')).toBe(eras[0]!.id)
    for (let step = 1; step < eras.length; step++) {
      await page.keyboard.press('ArrowRight')
      await expect.poll(() => visibleMarks(page)).toBe(shownAt(step))
      expect(await on(page, slides.timeline!, '[data-era]').getAttribute('data-era')).toBe(eras[step]!.id)
    }
    expect(shownAt(0)).toBeLessThan(shownAt(eras.length - 1))
    await page.close()
  })

  it('shows a model\'s card on hover', async () => {
    const page = await openAt(slides.timeline!, eras.length - 1, `${TIMELINE} [data-ready]`)
    await on(page, slides.timeline!, '[data-node="chinchilla"]').hover()
    const tip = on(page, slides.timeline!, `${TIMELINE} [data-tooltip]`)
    await expect.poll(() => tip.textContent()).toContain('参数：70B · 训练 tokens：1.4T')
    await page.close()
  })
})

describe('the ChatGPT pipeline on the built site', () => {
  const shownStages = async (page: Page) => {
    const out: string[] = []
    for (const s of chatgptPipeline.stages) {
      if (await on(page, slides.pipeline!, `${PIPELINE} [data-node="${s.id}"]`).isVisible())
        out.push(s.id)
    }
    return out
  }
  it('reveals pretraining, SFT, the reward model and PPO step by step', async () => {
    const page = await openAt(slides.pipeline!, 0, PIPELINE)
    const ids = chatgptPipeline.stages.map(s => s.id)
    expect(await shownStages(page)).toEqual(ids.slice(0, 1))
    for (let step = 1; step < ids.length; step++) {
      await page.keyboard.press('ArrowRight')
      await expect.poll(() => shownStages(page)).toEqual(ids.slice(0, step + 1))
      if (ids[step] === 'reward-model')
        expect(await on(page, slides.pipeline!, '[data-pair]').allTextContents()).toEqual(['D > C', 'D > A', 'D > B', 'C > A', 'C > B']) // InstructGPT's D > C > A = B: the tie gives no pair
    }
    await page.close()
  })
})

describe('the open chat models on the built site', () => {
  it('lists every project across its two slides', async () => {
    const seen: string[] = []
    for (const slide of [slides.openChat!, slides.openChat! + 1]) {
      const page = await openAt(slide, 0, OPEN_CHAT)
      seen.push(...await Promise.all((await on(page, slide, `${OPEN_CHAT} [data-node]`).all()).map(async r => (await r.getAttribute('data-node'))!)))
      await page.close()
    }
    expect(seen.sort()).toEqual(openChatModels.projects.map(p => p.id).sort())
  })
})

describe('the instruction-data formats on the built site', () => {
  const highlighted = async (page: Page, slide: number) => {
    const lines = await on(page, slide, '.slidev-code .line').evaluateAll(ls => ls.map(l => !l.classList.contains('dishonored')))
    return lines.flatMap((on, i) => (on ? [i + 1] : []))
  }
  const lineNumbers = (ranges: string) => ranges.split(',').flatMap((part) => {
    const [a, b = a] = part.split('-').map(Number) as [number, number?]
    return Array.from({ length: b! - a + 1 }, (_, i) => a + i)
  })

  for (const id of ['alpaca', 'moss', 'chat-completions']) {
    it(`highlights "${id}" with Shiki and steps through its fields with the clicks`, async () => {
      const example = instructionFormats.examples.find(e => e.id === id)!
      const slide = slides[id]!
      const page = await openAt(slide, 0, '.slidev-code')
      const coloured = await on(page, slide, '.slidev-code .line span').evaluateAll(ss => ss.filter(s => (s as HTMLElement).style.getPropertyValue('--shiki-light')).length)
      expect(coloured).toBeGreaterThan(5)
      expect(await on(page, slide, '.slidev-code').innerText()).toContain(example.code.split('\n')[1]!.trim())
      expect(await highlighted(page, slide)).toEqual(lineNumbers(example.steps[0]!.lines))
      for (const step of example.steps.slice(1)) {
        await page.keyboard.press('ArrowRight')
        await expect.poll(() => highlighted(page, slide)).toEqual(lineNumbers(step.lines))
        await expect.poll(() => on(page, slide, '[data-field-label]').textContent()).toContain(step.label)
      }
      await page.close()
    })
  }
})

describe('the chapter as a whole', () => {
  it('logged no console error and made no request outside localhost', () => {
    expect(records.length).toBeGreaterThan(5)
    expect(records.flatMap(r => r.errors)).toEqual([])
    expect(records.flatMap(r => r.outside)).toEqual([])
  })
})
