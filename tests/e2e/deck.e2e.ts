import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Browser } from 'playwright-chromium'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launch, openPage, url } from './site'

let browser: Browser
beforeAll(async () => { browser = await launch() })
afterAll(() => browser?.close())

async function slideCount(): Promise<number> {
  const { page } = await openPage(browser)
  await page.goto(url('print'), { waitUntil: 'networkidle' })
  const n = await page.locator('.print-slide-container').count()
  await page.close()
  return n
}

describe('the built deck', () => {
  it('shows every slide, click by click, with no console error and no request outside localhost', async () => {
    const total = await slideCount()
    expect(total).toBeGreaterThan(1)
    const { page, errors, outside } = await openPage(browser)
    await page.goto(url('1'), { waitUntil: 'networkidle' })
    // Walk the whole lecture with →, as the lecturer does, until the last slide's last click.
    for (let guard = 0; guard < 400; guard++) {
      const before = page.url()
      await page.keyboard.press('ArrowRight')
      // The last click of the last slide moves nothing; a busy machine may take seconds to move at all.
      const moved = await page.waitForURL(u => u.href !== before, { timeout: 5000 }).then(() => true, () => false)
      if (!moved)
        break
    }
    await page.waitForLoadState('networkidle')
    expect(new URL(page.url()).pathname).toBe(`/cs2916/${total}`)
    expect(errors).toEqual([])
    expect(outside).toEqual([])
    await page.close()
  })

  it('renders Chinese text with the shipped Noto Sans SC font', async () => {
    const { page } = await openPage(browser)
    await page.goto(url('1'), { waitUntil: 'networkidle' })
    await page.evaluate(() => document.fonts.ready)
    const loaded = await page.evaluate(() => [...document.fonts].filter(f => f.status === 'loaded').map(f => f.family))
    expect(loaded.some(f => f.includes('Noto Sans SC'))).toBe(true)
    await page.close()
  })

  it('has speaker notes on every slide in presenter mode', async () => {
    const total = await slideCount()
    const { page } = await openPage(browser)
    await page.goto(url('presenter/1'), { waitUntil: 'networkidle' })
    const notes = page.locator('.slidev-note').first()
    const readNotes = async () => (await notes.innerText()).trim()
    const missing: number[] = []
    let previous = ''
    for (let no = 1; no <= total; no++) {
      if (no > 1)
        await page.keyboard.press('ArrowDown') // next slide, skipping its clicks
      await page.waitForURL(new RegExp(`/presenter/${no}(\\?|$)`))
      await notes.waitFor()
      // Wait for this slide's notes to replace the previous slide's; Slidev shows "No notes." when there are none.
      let text = await readNotes()
      for (let waited = 0; text === previous && waited < 5000; waited += 100) {
        await page.waitForTimeout(100)
        text = await readNotes()
      }
      if (!text || text === 'No notes.' || text === previous)
        missing.push(no)
      previous = text
    }
    expect(missing).toEqual([])
    await page.close()
  }, 180_000)

  it('offers the PDF handout for download', async () => {
    expect(existsSync(resolve(import.meta.dirname, '../../dist/slidev-exported.pdf'))).toBe(true)
    const { page } = await openPage(browser)
    const response = await page.request.get(url('slidev-exported.pdf'))
    expect(response.headers()['content-type']).toBe('application/pdf')
    expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-')
    await page.close()
  })
})
