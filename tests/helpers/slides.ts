import type { Browser, Locator, Page } from 'playwright-chromium'
import { afterAll, beforeAll } from 'vitest'
import { openDeck, openPage, url } from '../e2e/site'

/** Opens the built deck at a slide and click step; with `ready`, waits for that selector on the slide. */
export async function openSlide(browser: Browser, slide: number, clicks: number, ready?: string) {
  const opened = await openPage(browser)
  await opened.page.goto(url(`${slide}?clicks=${clicks}`), { waitUntil: 'networkidle' })
  if (ready)
    await opened.page.locator(`.slidev-page-${slide} ${ready}`).waitFor()
  return opened
}

/** A selector on one slide (Slidev keeps neighbouring slides in the DOM). */
export const onSlide = (page: Page, slide: number, selector: string) => page.locator(`.slidev-page-${slide} ${selector}`)

/**
 * The opacity each matched mark is drawn with, its own times its ancestors' (a stray utility class or attribute can
 * turn `opacity="1"` into 1%; the marks must be seen, not only be in the DOM), once transitions have ended.
 */
export async function drawnOpacities(marks: Locator): Promise<Record<string, number>> {
  await marks.first().page().waitForTimeout(900)
  return marks.evaluateAll(els => Object.fromEntries(els.map((e) => {
    let o = 1
    for (let n: Element | null = e; n; n = n.parentElement)
      o *= Number(getComputedStyle(n).opacity)
    return [e.getAttribute('data-node') ?? '', Math.round(o * 100) / 100]
  })))
}

/**
 * One chart's slide for an e2e file: the deck is opened before its tests and closed after them; `slide` is the
 * chart's slide number, `openAt(k)` a page at click k once the chart's plot is ready.
 */
export function chartDeck(chart: string) {
  const deck = {
    browser: undefined as unknown as Browser,
    slide: 0,
    openAt: (clicks: number) => openSlide(deck.browser, deck.slide, clicks, `${chart} [data-ready]`),
  }
  beforeAll(async () => {
    ({ browser: deck.browser, slides: { chart: deck.slide } } = await openDeck({ chart }))
  })
  afterAll(() => deck.browser?.close())
  return deck
}

/** 'hidden' for a part of a click step not reached yet (the one reveal rule), else 'visible'. */
export async function stepVisibilityOf(part: Locator): Promise<'visible' | 'hidden'> {
  return (await part.getAttribute('class') ?? '').split(/\s+/).includes('step-hidden') ? 'hidden' : 'visible'
}
