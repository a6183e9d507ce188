import type { Browser, Page } from 'playwright-chromium'
import { openPage, url } from '../e2e/site'

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
