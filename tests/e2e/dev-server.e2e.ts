import { type ChildProcess, spawn } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { load } from '@slidev/parser/fs'
import type { Browser, Page } from 'playwright-chromium'
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest'
import { launch, openPage, PORT } from './site'

// The lecturer's case: `npm run dev` is running and a data file is saved broken, then fixed. The dev server runs on
// a copy of the project in a temporary folder, so this worktree's data/ is never touched.
const project = resolve(import.meta.dirname, '../..')
/** DECK_DEV_PORT, or ten above the port of the built site's server (DECK_PORT). */
const DEV_PORT = Number(process.env.DECK_DEV_PORT ?? PORT + 10)
const ORIGIN = `http://localhost:${DEV_PORT}`
const CHART = '[data-chart="fmti-heatmap"]'
// One cell of the heatmap: Claude 2 on "Labor". The broken save gives Claude 2 a developer the edition did not score.
const CELL = `${CHART} .cell[data-row="labor"][data-col="claude-2"]`
const DEVELOPER = '"developer": "anthropic"'

let dir: string
let dev: ChildProcess
let log = ''
let browser: Browser
let slide: number
let dataFile: string
let goodText: string
/** The overlay's line for the broken save: the file and line, the JSON path and what was expected. */
let EXPECTED: string

/** The project without its build output and git, its node_modules linked entry by entry (Vite's caches stay in the copy). */
function copyProject(): string {
  const to = mkdtempSync(join(tmpdir(), 'deck-dev-'))
  const skip = new Set(['node_modules', '.git', 'dist', 'dist-pdf', 'test-results', 'playwright-report', '.slidev', '.vite'])
  for (const entry of readdirSync(project)) {
    if (!skip.has(entry))
      cpSync(join(project, entry), join(to, entry), { recursive: true })
  }
  mkdirSync(join(to, 'node_modules'))
  for (const entry of readdirSync(join(project, 'node_modules'))) {
    if (!entry.startsWith('.vite'))
      symlinkSync(join(project, 'node_modules', entry), join(to, 'node_modules', entry))
  }
  return to
}

async function startDevServer(): Promise<void> {
  dev = spawn(process.execPath, [join(dir, 'node_modules/@slidev/cli/bin/slidev.mjs'), '--port', String(DEV_PORT), '--open', 'false'], {
    cwd: dir,
    // stdin stays open: Slidev reads its keyboard shortcuts from it.
    stdio: ['pipe', 'pipe', 'pipe'],
    detached: true,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  })
  dev.stdout!.on('data', (b: Buffer) => { log += b.toString() })
  dev.stderr!.on('data', (b: Buffer) => { log += b.toString() })
  const deadline = Date.now() + 90_000
  while (Date.now() < deadline) {
    if (dev.exitCode !== null)
      throw new Error(`slidev exited with ${dev.exitCode}:\n${log}`)
    const ok = await fetch(`${ORIGIN}/`).then(r => r.ok, () => false)
    if (ok)
      return
    await new Promise(r => setTimeout(r, 500))
  }
  throw new Error(`slidev did not answer on ${ORIGIN}:\n${log}`)
}

/** The heatmap's slide number, read from the copy's slides as Slidev parses them (hidden slides are not numbered). */
async function heatmapSlide(): Promise<number> {
  const data = await load(dir, join(dir, 'slides.md'))
  const shown = data.slides.filter(s => s.frontmatter.hide !== true && s.frontmatter.disabled !== true)
  const i = shown.findIndex(s => s.content.includes('<FmtiHeatmap'))
  if (i < 0)
    throw new Error('no slide shows <FmtiHeatmap')
  return i + 1
}

/** The text of Vite's error overlay (in its shadow root), '' when none is up. */
async function overlayText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const overlay = document.querySelector('vite-error-overlay')
    return overlay?.shadowRoot?.textContent ?? ''
  })
}

const cellValue = (page: Page) => page.locator(CELL).getAttribute('data-value')

beforeAll(async () => {
  dir = copyProject()
  dataFile = join(dir, 'data/fmti-2023.json')
  goodText = readFileSync(dataFile, 'utf8')
  expect(goodText).toContain(DEVELOPER)
  const line = goodText.slice(0, goodText.indexOf(DEVELOPER)).split('\n').length
  EXPECTED = `data/fmti-2023.json:${line}: models[2].developer: expected a developer id of FMTI 2023-10 (`
  slide = await heatmapSlide()
  await startDevServer()
  browser = await launch()
}, 120_000)

afterAll(async () => {
  await browser?.close()
  if (dev?.pid && dev.exitCode === null) {
    process.kill(-dev.pid, 'SIGTERM')
    await new Promise(r => setTimeout(r, 500))
  }
  if (dir)
    rmSync(dir, { recursive: true, force: true })
})

describe('the dev server while a data file is broken', () => {

  it('shows the problem, keeps the last good slides, and recovers by itself when the file is fixed', async () => {
    // On failure, what the dev server said (without the code frames).
    onTestFailed(() => console.log(log.split('\n').filter(l => !/^\s*\d* *\|/.test(l)).slice(-40).join('\n')))
    const { page, errors, outside } = await openPage(browser)
    const failed: string[] = []
    page.on('response', (r) => { if (r.status() >= 500) failed.push(`${r.status()} ${r.url()}`) })
    // The first load is the slow one: Vite bundles the dependencies for this fresh copy (and may reload once).
    await page.goto(`${ORIGIN}/${slide}?clicks=3`, { timeout: 90_000 })
    await page.locator(CELL).waitFor({ state: 'attached', timeout: 90_000 })
    const good = await cellValue(page)
    expect(good).toMatch(/^\d+$/)
    expect(await overlayText(page)).toBe('')

    // The lecturer saves a developer id with a typo.
    writeFileSync(dataFile, goodText.replace(DEVELOPER, '"developer": "antropic"'))
    await expect.poll(() => overlayText(page), { timeout: 15_000 }).toContain(EXPECTED)
    // The overlay survives the hot updates (or the reload) that follow the save (fonts, styles): up again a moment later.
    await page.waitForTimeout(3000)
    await expect.poll(() => overlayText(page), { timeout: 15_000 }).toContain(EXPECTED)
    expect(await page.locator('vite-error-overlay').isVisible()).toBe(true)
    expect(await cellValue(page)).toBe(good)

    // Reloading while the file is broken: the same overlay, the slide drawn from the last good data, no 500s.
    await page.reload({ waitUntil: 'networkidle', timeout: 60_000 })
    await page.locator(CELL).waitFor({ state: 'attached', timeout: 30_000 })
    expect(await cellValue(page)).toBe(good)
    await expect.poll(() => overlayText(page), { timeout: 15_000 }).toContain(EXPECTED)
    // Marks this page: the fix must update it in place, not reload it.
    await page.evaluate(() => { (window as unknown as { deckMarker: number }).deckMarker = 1 })
    expect(failed).toEqual([])

    // The lecturer fixes the id, and renames the model while at it: the slide updates in place (the new name
    // shows), the overlay closes.
    expect(await page.locator(CELL).getAttribute('aria-label')).toMatch(/^Claude 2，/)
    writeFileSync(dataFile, goodText.replace('"name": "Claude 2"', '"name": "Claude 2 (v2)"'))
    await expect.poll(() => page.locator(CELL).getAttribute('aria-label'), { timeout: 20_000 }).toMatch(/^Claude 2 \(v2\)，/)
    expect(await cellValue(page)).toBe(good)
    await expect.poll(() => overlayText(page), { timeout: 10_000 }).toBe('')
    expect(await page.evaluate(() => (window as unknown as { deckMarker?: number }).deckMarker)).toBe(1)
    expect(failed).toEqual([])
    expect(outside).toEqual([])
    expect(errors.filter(e => !e.includes('[vite]'))).toEqual([])
    await page.close()
  }, 240_000)
})

describe('the dev server with the lecturer\'s two windows', () => {
  it('shows the heatmap view chosen in the presenter view in the audience window, through the dev server', async () => {
    // Two browser contexts: nothing passes between them but through the dev server's shared state.
    const windows = await Promise.all([browser.newContext({ viewport: { width: 1280, height: 720 } }), browser.newContext({ viewport: { width: 1280, height: 720 } })])
    const [audience, presenter] = await Promise.all(windows.map(c => c.newPage()))
    await audience!.goto(`${ORIGIN}/${slide}`, { timeout: 90_000 })
    await presenter!.goto(`${ORIGIN}/presenter/${slide}`, { timeout: 90_000 })
    const onPresenter = presenter!.locator(`#slideshow .slidev-page-${slide} ${CHART}`)
    const onAudience = audience!.locator(`#slideshow .slidev-page-${slide} ${CHART}`)
    await onPresenter.locator('[data-edition-switch] select').waitFor({ timeout: 60_000 })
    await onAudience.waitFor({ timeout: 60_000 })
    await onPresenter.locator('[data-edition-switch] select').selectOption('2024-05')
    await onPresenter.locator('.cell[data-row="labor"][data-col="meta"]').click()
    await expect.poll(() => onAudience.getAttribute('data-edition'), { timeout: 10_000 }).toBe('2024-05')
    await expect.poll(() => onAudience.locator('[data-drilldown]').getAttribute('aria-label'), { timeout: 10_000 })
      .toBe(await onPresenter.locator('[data-drilldown]').getAttribute('aria-label'))
    await Promise.all(windows.map(c => c.close()))
  }, 180_000)
})
