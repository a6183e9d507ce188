import { createRequire } from 'node:module'
import { entries } from 'bibtex-parse'
import { csvParseRows } from 'd3-dsv'
import type { Browser, Page } from 'playwright-chromium'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fmtiEditions } from '../../data/sets/fmti-editions'
import { POINTER_WORDS } from '../helpers/pointer-words'
import { openSlide } from '../helpers/slides'
import { launch, openDeck, openPage, openPrintView, url } from './site'

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js')

let browser: Browser
let slides: Record<'heatmap' | 'matrix', number>
beforeAll(async () => {
  ({ browser, slides } = await openDeck({ heatmap: '[data-chart="fmti-heatmap"]', matrix: '[data-chart="openness-matrix"]' }))
})
afterAll(() => browser?.close())

/** A download's content, read in the page from its link (blob: or data: address). */
async function download(page: Page, kind: string): Promise<{ text: string, file: string }> {
  const link = page.locator(`[data-chart-panel] a[download][data-download="${kind}"]`)
  await link.waitFor()
  const file = (await link.getAttribute('download'))!
  // Bytes, not Response.text(), which would drop the byte-order mark.
  const bytes = await link.evaluate(async a => [...new Uint8Array(await (await fetch((a as HTMLAnchorElement).href)).arrayBuffer())])
  return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(new Uint8Array(bytes)), file }
}

/** CSV rows after the BOM and the two header rows (ids, labels). */
function csvRecords(text: string): { ids: string[], rows: string[][] } {
  expect(text.charCodeAt(0)).toBe(0xFEFF)
  const [ids, , ...rows] = csvParseRows(text.slice(1))
  return { ids: ids!, rows }
}

describe('the FMTI heatmap\'s data and sources panel', () => {
  it('opens from the chart\'s control and offers what the chart shows, the whole dataset, pictures and a citation', async () => {
    const last = 3
    const { page, errors, outside } = await openSlide(browser, slides.heatmap, last, '[data-chart="fmti-heatmap"] [data-ready]')
    const chart = page.locator(`.slidev-page-${slides.heatmap} [data-chart="fmti-heatmap"]`)
    await chart.locator('[data-chart-tools]').click()
    const panel = page.locator('[data-chart-panel][open]')
    await expect.poll(() => panel.isVisible()).toBe(true)
    expect(await panel.textContent()).toContain('CC BY 4.0')
    expect(await panel.textContent()).toMatch(/发布于 \d{4}-\d{2}/)

    // What the chart shows: every visible mark's value, and nothing else.
    const marks = await chart.locator('[data-value]:not(.step-hidden)').evaluateAll(els => els
      .filter(e => !e.closest('.step-hidden'))
      .map(e => `${e.getAttribute('data-row')}|${e.getAttribute('data-col')}|${e.getAttribute('data-value')}`))
    const shown = await download(page, 'csv-shown')
    const { ids, rows } = csvRecords(shown.text)
    const at = (name: string) => ids.indexOf(name)
    const fromCsv = rows.map(r => `${r[at('dimension_id')]}|${r[at('developer_id')]}|${Math.round(Number(r[at('share_satisfied')]) * 100)}`)
    expect(fromCsv.sort()).toEqual(marks.sort())
    expect(shown.file).toBe('fmti-heatmap-2023-10-shown.csv')

    // The whole dataset: every indicator score of every edition.
    const full = csvRecords((await download(page, 'csv-full')).text)
    expect(full.rows).toHaveLength(fmtiEditions.editions.reduce((n, e) => n + e.indicators.length * e.developers.length, 0))
    expect(full.ids).toEqual(['edition', 'domain', 'subdomain', 'indicator', 'developer', 'score'])

    // BibTeX that a parser reads, naming a title, authors and a year.
    const [entry] = entries((await download(page, 'bib')).text)
    expect(entry).toMatchObject({ TITLE: 'The Foundation Model Transparency Index', YEAR: 2023 })
    expect(String(entry!.AUTHOR)).toContain('Bommasani')

    // The pictures: a PNG at twice the chart's size, its title and source line under it; an SVG with as many marks as the chart.
    const size = await chart.evaluate(e => ({ width: (e as HTMLElement).offsetWidth, height: (e as HTMLElement).offsetHeight }))
    const png = await page.locator('[data-chart-panel] a[data-download="png"]').evaluate(async (a) => {
      const img = new Image()
      img.src = (a as HTMLAnchorElement).href
      await img.decode()
      return { width: img.naturalWidth, height: img.naturalHeight }
    })
    expect(png.width).toBe(size.width * 2)
    expect(png.height).toBeGreaterThan(size.height * 2 + 2 * 40)
    expect(png.height).toBeLessThan(size.height * 2 + 2 * 200)
    const svgMarks = await page.locator('[data-chart-panel] a[data-download="svg"]').evaluate(async (a) => {
      const text = await (await fetch((a as HTMLAnchorElement).href)).text()
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml')
      return doc.querySelector('parsererror') ? { marks: -1, text: '' } : { marks: doc.querySelectorAll('[data-value]').length, text: doc.documentElement.textContent ?? '' }
    })
    expect(svgMarks.marks).toBe(await chart.locator('[data-value]').count())
    expect(svgMarks.text).toMatch(/来源：Bommasani.*许可：CC BY 4\.0/)

    expect(errors).toEqual([])
    expect(outside).toEqual([])
    await page.close()
  })

  it('is reached by keyboard: Enter opens, Tab stays inside, Escape closes and gives the focus back; axe finds nothing serious', async () => {
    const { page } = await openSlide(browser, slides.heatmap, 3, '[data-chart="fmti-heatmap"] [data-ready]')
    const control = page.locator(`.slidev-page-${slides.heatmap} [data-chart="fmti-heatmap"] [data-chart-tools]`)
    await control.focus()
    await page.keyboard.press('Enter')
    const panel = page.locator('[data-chart-panel][open]')
    await expect.poll(() => panel.isVisible()).toBe(true)
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab')
      // Inside the panel, or past its last control in the browser's own controls: never on the slide behind it.
      expect(await page.evaluate(() => !!document.activeElement?.closest('[data-chart-panel]') || document.activeElement === document.body)).toBe(true)
    }
    expect(new URL(page.url()).pathname).toMatch(new RegExp(`/${slides.heatmap}$`))
    await page.addScriptTag({ path: AXE })
    const serious = await page.evaluate(async () => {
      // @ts-expect-error axe is injected above
      const result = await window.axe.run('[data-chart-panel]', { resultTypes: ['violations'] })
      return (result.violations as { id: string, impact: string }[]).filter(v => v.impact === 'serious' || v.impact === 'critical').map(v => v.id)
    })
    expect(serious).toEqual([])
    await panel.locator('a, button').first().focus()
    await page.keyboard.press('Escape')
    await expect.poll(() => panel.count()).toBe(0)
    expect(await control.evaluate(e => e === document.activeElement)).toBe(true)
    await page.close()
  })
})

describe('a chart\'s pictures', () => {
  it('draws the openness matrix\'s PNG in the page\'s fonts: it is its SVG drawn again once the SVG\'s own fonts have loaded', async () => {
    const { page } = await openSlide(browser, slides.matrix, 5, '[data-chart="openness-matrix"] [data-ready]')
    await page.locator(`.slidev-page-${slides.matrix} [data-chart="openness-matrix"] [data-chart-tools]`).click()
    await page.locator('[data-chart-panel] a[data-download="png"]').waitFor()
    const { fontFaces, blocking, differing } = await page.evaluate(async () => {
      const href = (kind: string) => document.querySelector<HTMLAnchorElement>(`[data-chart-panel] a[data-download="${kind}"]`)!.href
      const load = async (src: string) => {
        const image = new Image()
        image.src = src
        await image.decode()
        return image
      }
      const svg = await (await fetch(href('svg'))).text()
      const png = await load(href('png'))
      const later = await load(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`)
      // An SVG image's fonts load after it is decoded (a blocking face draws nothing for up to 3 s).
      await new Promise(resolve => setTimeout(resolve, 3500))
      const pixels = (image: HTMLImageElement) => {
        const canvas = document.createElement('canvas')
        canvas.width = png.naturalWidth
        canvas.height = png.naturalHeight
        const context = canvas.getContext('2d')!
        context.fillStyle = '#ffffff'
        context.fillRect(0, 0, canvas.width, canvas.height)
        context.drawImage(image, 0, 0, canvas.width, canvas.height)
        return context.getImageData(0, 0, canvas.width, canvas.height).data
      }
      const [a, b] = [pixels(png), pixels(later)]
      let differ = 0
      for (let i = 0; i < a.length; i += 4) {
        if (Math.abs(a[i]! - b[i]!) + Math.abs(a[i + 1]! - b[i + 1]!) + Math.abs(a[i + 2]! - b[i + 2]!) > 96)
          differ++
      }
      const faces = svg.match(/@font-face\s*\{[^}]*\}/g) ?? []
      return { fontFaces: faces.length, blocking: faces.filter(f => /font-display:\s*block/.test(f)).length, differing: differ / (a.length / 4) }
    })
    // The page's faces, each embedded to block (draw nothing) until loaded rather than swap in a fallback.
    expect(fontFaces).toBeGreaterThan(0)
    expect(blocking).toBe(fontFaces)
    // Drawn before its fonts loaded, about 1.4 % of this picture's pixels differ; drawn once they have, none.
    expect(differing).toBeLessThan(0.002)
    await page.close()
  })
})

/** Every chart on the site: its slide, its id and which of that id's charts on the slide it is. */
interface ChartAt { slide: number, chart: string, nth: number }
async function everyChart(): Promise<ChartAt[]> {
  const b = await launch()
  const { page } = await openPage(b)
  await openPrintView(page)
  const found = await page.locator('.print-slide-container [data-chart]').evaluateAll(els => els.map((e) => {
    const container = e.closest('.print-slide-container')!
    const chart = e.getAttribute('data-chart')!
    return { slide: Number(container.id.split('-')[0]), chart, nth: [...container.querySelectorAll(`[data-chart="${chart}"]`)].indexOf(e) }
  }))
  await b.close()
  return found
}

/** The shown CSV's key columns beside the chart's visible marks, for charts whose marks carry their values. */
const MARK_KEYS: Record<string, { mark: string, key: (r: Record<string, string>) => string }> = {
  'fmti-trend': { mark: '[data-row][data-col][data-value]', key: r => `${r.developer_id}|${r.edition}|${r.total}` },
  'fmti-subdomain-means': { mark: '[data-row][data-value]', key: r => `${r.subdomain_id}||${Math.round(Number(r.mean_share) * 100)}` },
  'min-k-prob': { mark: '[data-row][data-col="p"][data-value]', key: r => `${r.index}|p|${r.p}` },
}

describe('every chart\'s panel', () => {
  let charts: ChartAt[] = []
  beforeAll(async () => {
    charts = await everyChart()
  }, 120_000)

  it('finds the 21 charts of the site', () => {
    expect(charts).toHaveLength(21)
  })

  it('opens by keyboard at the slide\'s last step, names a licence and a date, and offers the full data, a citation and pictures of the whole chart', async () => {
    const problems: string[] = []
    for (const c of charts) {
      const name = `${c.chart}#${c.nth} (slide ${c.slide})`
      const { page, errors, outside } = await openPage(browser)
      await page.goto(url(`${c.slide}?clicks=99`), { waitUntil: 'networkidle' })
      const chart = page.locator(`.slidev-page-${c.slide} [data-chart="${c.chart}"]`).nth(c.nth)
      await chart.locator('[data-ready]').waitFor()
      // The pictures are made at the figure's box: nothing the chart draws (text by its font's full line box) lies outside it.
      const spilled = await chart.evaluate((fig) => {
        const box = fig.getBoundingClientRect()
        return [...fig.querySelectorAll('svg text, svg rect, svg path, svg line, svg circle')].flatMap((e) => {
          const r = e.getBoundingClientRect()
          const out = r.width + r.height > 0 && (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1)
          return out ? [`${e.tagName} "${e.textContent?.trim().slice(0, 24) ?? ''}"`] : []
        })
      })
      if (spilled.length)
        problems.push(`${name}: drawn outside its figure: ${spilled.slice(0, 3).join(', ')}`)
      const control = chart.locator('[data-chart-tools]')
      if (await control.count() !== 1) {
        problems.push(`${name}: no control`)
        await page.close()
        continue
      }
      await control.focus()
      await page.keyboard.press('Enter')
      const panel = page.locator('[data-chart-panel][open]')
      await expect.poll(() => panel.isVisible()).toBe(true)
      const text = (await panel.textContent()) ?? ''
      if (!/许可：\S/.test(text) || !/(发布于|读取于|快照) \d{4}/.test(text))
        problems.push(`${name}: no licence or date`)

      const full = csvRecords((await download(page, 'csv-full')).text)
      if (full.rows.length === 0)
        problems.push(`${name}: empty full dataset`)
      const shown = csvRecords((await download(page, 'csv-shown')).text)
      const rule = MARK_KEYS[c.chart]
      if (rule) {
        const marks = await chart.locator(rule.mark).evaluateAll(els => els
          .filter(e => !e.closest('.step-hidden'))
          .map(e => `${e.getAttribute('data-row')}|${e.getAttribute('data-col') ?? ''}|${e.getAttribute('data-value')}`))
        const fromCsv = shown.rows.map(r => rule.key(Object.fromEntries(shown.ids.map((id, i) => [id, r[i]!]))))
        if (JSON.stringify(fromCsv.sort()) !== JSON.stringify(marks.sort()))
          problems.push(`${name}: shown CSV ${fromCsv.length} rows ≠ ${marks.length} marks`)
      }
      const [entry] = entries((await download(page, 'bib')).text)
      if (!entry?.TITLE || !entry.AUTHOR || !(Number(entry.YEAR) > 2000))
        problems.push(`${name}: BibTeX without a title, authors or year`)

      const size = await chart.evaluate(e => ({ width: (e as HTMLElement).offsetWidth, height: (e as HTMLElement).offsetHeight }))
      const png = await panel.locator('a[data-download="png"]').evaluate(async (a) => {
        const img = new Image()
        img.src = (a as HTMLAnchorElement).href
        await img.decode()
        return { width: img.naturalWidth, height: img.naturalHeight }
      })
      if (png.width !== size.width * 2 || png.height < (size.height + 40) * 2 || png.height > (size.height + 200) * 2)
        problems.push(`${name}: PNG ${png.width}x${png.height}, chart ${size.width}x${size.height}`)
      if (await chart.locator('svg').count() > 0) {
        const parsed = await panel.locator('a[data-download="svg"]').evaluate(async (a) => {
          const t = await (await fetch((a as HTMLAnchorElement).href)).text()
          const doc = new DOMParser().parseFromString(t, 'image/svg+xml')
          return doc.querySelector('parsererror') ? null : doc.documentElement.textContent ?? ''
        })
        if (parsed === null)
          problems.push(`${name}: SVG does not parse`)
        else if (POINTER_WORDS.test(parsed))
          problems.push(`${name}: the picture tells to ${parsed.match(POINTER_WORDS)![0]}`)
      }

      await page.addScriptTag({ path: AXE })
      const serious = await page.evaluate(async () => {
        // @ts-expect-error axe is injected above
        const result = await window.axe.run('[data-chart-panel][open]', { resultTypes: ['violations'] })
        return (result.violations as { id: string, impact: string }[]).filter(v => v.impact === 'serious' || v.impact === 'critical').map(v => v.id)
      })
      if (serious.length)
        problems.push(`${name}: axe ${serious.join(', ')}`)
      await page.keyboard.press('Escape')
      await expect.poll(() => panel.count()).toBe(0)
      if (!await control.evaluate(e => e === document.activeElement))
        problems.push(`${name}: focus not back on the control`)
      if (errors.length || outside.length)
        problems.push(`${name}: ${[...errors, ...outside].join('; ')}`)
      await page.close()
    }
    expect(problems).toEqual([])
  }, 600_000)
})

describe('the panel on a phone', () => {
  it('has a control of at least 44x44 px and a panel that fits the 390x844 screen', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })
    const page = await context.newPage()
    await page.goto(url(`read/${slides.heatmap}`), { waitUntil: 'networkidle' })
    const control = page.locator('[data-chart="fmti-heatmap"] [data-chart-tools]').first()
    await control.waitFor()
    const box = (await control.boundingBox())!
    expect(box.width).toBeGreaterThanOrEqual(44)
    expect(box.height).toBeGreaterThanOrEqual(44)
    await control.tap()
    const panel = page.locator('[data-chart-panel][open]')
    await expect.poll(() => panel.isVisible()).toBe(true)
    const p = (await panel.boundingBox())!
    expect(p.x).toBeGreaterThanOrEqual(0)
    expect(p.x + p.width).toBeLessThanOrEqual(390)
    expect(p.y + p.height).toBeLessThanOrEqual(844)
    expect(await panel.evaluate(e => e.scrollWidth <= e.clientWidth)).toBe(true)
    await context.close()
  })
})
