import type { Browser, BrowserContext, Page } from 'playwright-chromium'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { eventClient, freePort, type LectureServer, postMove, startLectureServer } from '../helpers/lecture-server'
import { BASE, launch } from './site'

/**
 * A lecture in the hall: `npm run lecture` started by the test (loopback, a free port), the lecturer's presenter page
 * and three students' devices (two laptops, one phone), each its own browser context as separate devices are.
 */
let server: LectureServer
let port: number
let browser: Browser
let heatmapSlide: number
/** Lecture controls found on the print view served by the relay (there must be none). */
let controlsInPrint: number
const contexts: BrowserContext[] = []
const errors: string[] = []
let presenter: Page
let laptops: Page[]
let phone: Page
const audience = () => [...laptops, phone]

async function device(viewport: { width: number, height: number }, mobile = false): Promise<Page> {
  const context = await browser.newContext({ viewport, ...(mobile ? { isMobile: true, hasTouch: true } : {}) })
  contexts.push(context)
  const page = await context.newPage()
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`${m.text()} (${page.url()})`) })
  page.on('pageerror', e => errors.push(e.message))
  return page
}

/** Where a page is: the slide, the click, and whether in the reading view. */
function at(page: Page): { slide: number, click: number, reading: boolean } {
  const u = new URL(page.url())
  const m = new RegExp(`^${BASE}(presenter/|read/)?(\\d+)$`).exec(u.pathname)
  if (!m)
    return { slide: 0, click: 0, reading: false }
  return { slide: Number(m[2]), click: Number(u.searchParams.get('clicks') ?? 0), reading: m[1] === 'read/' }
}

/**
 * Every student's device shows the lecturer's position: the laptops the slide and click, the phone the reading view.
 * Within 10 s on a loaded test machine (the relay's own speed is npm run bench's); the restart test asks for 5 s.
 */
async function expectFollowed(pages: Page[], where: { slide: number, click: number }, timeout = 10_000) {
  for (const page of pages) {
    const phoneLike = page === phone
    await expect.poll(() => at(page), { timeout, interval: 50 }).toEqual(phoneLike ? { slide: where.slide, click: 0, reading: true } : { ...where, reading: false })
  }
}

async function press(page: Page, key = 'ArrowRight') {
  const before = page.url()
  await page.keyboard.press(key)
  await page.waitForURL(u => u.href !== before, { timeout: 10_000 })
}

beforeAll(async () => {
  port = await freePort()
  server = await startLectureServer(port)
  browser = await launch()
  const probe = await device({ width: 1280, height: 720 })
  await probe.goto(`${server.audience}print`, { waitUntil: 'networkidle' })
  heatmapSlide = Number((await probe.locator('.print-slide-container:has([data-chart="fmti-heatmap"])').first().getAttribute('id'))!.split('-')[0])
  controlsInPrint = await probe.locator('.lecture-overlay, [data-testid="follow"]').count()
  await probe.close()
}, 120_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe('npm run lecture', () => {
  it('adds nothing to the print view', () => {
    expect(controlsInPrint).toBe(0)
  })

  it('prints the two addresses with a random token of at least 128 bits', () => {
    expect(server.audience).toBe(`http://127.0.0.1:${port}${BASE}`)
    expect(server.presenter).toBe(`http://127.0.0.1:${port}${BASE}presenter/#token=${server.token}`)
    expect(Buffer.from(server.token, 'base64url').length).toBeGreaterThanOrEqual(16)
    // The terminal's QR code: rows of block characters.
    expect(server.log().split('\n').filter(l => (l.match(/[▀▄█]/g) ?? []).length >= 8).length).toBeGreaterThan(10)
  })

  it('moves every device with the presenter: four moves, then the FMTI 2025 edition with a cell open', async () => {
    laptops = [await device({ width: 1280, height: 720 }), await device({ width: 1280, height: 720 })]
    phone = await device({ width: 390, height: 844 }, true)
    for (const page of audience())
      await page.goto(server.audience, { waitUntil: 'networkidle' })
    presenter = await device({ width: 1280, height: 720 })
    await presenter.goto(server.presenter, { waitUntil: 'networkidle' })
    // The token leaves the address bar at once.
    await presenter.waitForURL(`${server.origin}${BASE}presenter/1`)
    expect(presenter.url()).not.toContain('token')
    await expect.poll(() => presenter.getByTestId('relay-status').textContent(), { timeout: 10_000 }).toMatch(/直播中 · 3 台设备在听/)
    await expectFollowed(audience(), { slide: 1, click: 0 })

    // On the title slide the lecturer shows the audience address as a QR code on the projector and the laptops.
    await presenter.getByTestId('qr-toggle').click()
    for (const page of laptops) {
      const qr = page.getByTestId('audience-qr')
      await qr.waitFor({ timeout: 5000 })
      expect(await qr.getAttribute('data-address')).toBe(server.audience)
      await expect.poll(() => qr.locator('path').getAttribute('d'), { timeout: 5000 }).toMatch(/^M\d+ \d+h1v1h-1z/)
    }
    await presenter.getByTestId('qr-toggle').click()
    await expect.poll(() => laptops[0]!.getByTestId('audience-qr').count(), { timeout: 5000 }).toBe(0)

    const moves: string[] = []
    for (let i = 0; i < 4; i++) {
      await press(presenter)
      const now = at(presenter)
      moves.push(`${now.slide}.${now.click}`)
      await expectFollowed(audience(), now)
    }
    expect(moves.some(m => !m.endsWith('.0'))).toBe(true)

    await presenter.goto(`${server.origin}${BASE}presenter/${heatmapSlide}`, { waitUntil: 'networkidle' })
    await expectFollowed(audience(), { slide: heatmapSlide, click: 0 })
    const chart = presenter.locator(`#slideshow .slidev-page-${heatmapSlide} [data-chart="fmti-heatmap"]`)
    await chart.locator('[data-edition-switch] select').selectOption('2025-12')
    await chart.locator('.cell[data-row="data-acquisition"][data-col="google"]').click()
    const title = await chart.locator('[data-drilldown]').getAttribute('aria-label')
    expect(title).toMatch(/Google/)

    for (const page of laptops) {
      const shown = page.locator(`#slideshow .slidev-page-${heatmapSlide} [data-chart="fmti-heatmap"]`)
      await expect.poll(() => shown.getAttribute('data-edition'), { timeout: 5000 }).toBe('2025-12')
      await expect.poll(() => shown.locator('[data-drilldown]').getAttribute('aria-label'), { timeout: 5000 }).toBe(title)
      await expect.poll(() => shown.locator('.cell[data-row="data-acquisition"][data-col="google"]').getAttribute('data-value'), { timeout: 5000 })
        .toBe(await chart.locator('.cell[data-row="data-acquisition"][data-col="google"]').getAttribute('data-value'))
    }
    // The phone reads the same view in the reading view: the 2025 table, the cell's indicators.
    const reading = phone.getByTestId('reading-view').locator('[data-chart="fmti-heatmap"]')
    await expect.poll(() => reading.getAttribute('data-edition'), { timeout: 5000 }).toBe('2025-12')
    // On a phone the drill-down is a sheet at the bottom of the screen, outside the chart (teleported to the page).
    const sheet = phone.locator('[data-drilldown]')
    await expect.poll(() => sheet.getAttribute('aria-label'), { timeout: 5000 }).toBe(title)
    expect(await sheet.isVisible()).toBe(true)
    // The address keeps the view, on every device.
    expect(new URL(laptops[0]!.url()).searchParams.get('edition')).toBe('2025-12')
  }, 120_000)

  it('refuses forged and malformed moves with the right status, and moves nobody', async () => {
    const before = audience().map(at)
    const listener = eventClient(server.origin)
    await listener.response
    await expect.poll(() => listener.events.length, { timeout: 5000 }).toBe(1)
    const valid = JSON.stringify({ slide: 2, click: 0, charts: {} })
    const bearer = { authorization: `Bearer ${server.token}` }
    const cases: [string, Promise<Response>, number][] = [
      ['no token', postMove(server.origin, valid), 401],
      ['a wrong token', postMove(server.origin, valid, { authorization: `Bearer ${'A'.repeat(server.token.length)}` }), 403],
      ['the token in another scheme', postMove(server.origin, valid, { authorization: `Basic ${server.token}` }), 401],
      ['broken JSON', postMove(server.origin, '{"slide": 2, "click": 0,', bearer), 400],
      ['a slide out of range', postMove(server.origin, JSON.stringify({ slide: 999, click: 0, charts: {} }), bearer), 400],
      ['a click past the slide', postMove(server.origin, JSON.stringify({ slide: heatmapSlide, click: 99, charts: {} }), bearer), 400],
      ['an unknown chart id', postMove(server.origin, JSON.stringify({ slide: 2, click: 0, charts: { 'fmti-heatmap': { page: heatmapSlide, clicks: 0, state: { edition: '2025-12', sorts: [], cell: { row: 'nope', col: 'google' } } } } }), bearer), 400],
      ['a 2 MB body', postMove(server.origin, JSON.stringify({ slide: 2, click: 0, charts: {}, pad: 'x'.repeat(2 * 1024 * 1024) }), bearer), 413],
      ['not JSON', fetch(`${server.origin}/lecture/state`, { method: 'POST', headers: { 'content-type': 'text/plain', ...bearer }, body: valid }), 415],
    ]
    for (const [what, response, status] of cases)
      expect((await response).status, what).toBe(status)
    // A wrong token is refused the same whatever its length.
    expect((await postMove(server.origin, valid, { authorization: 'Bearer short' })).status).toBe(403)
    // Nothing else is served: other methods, paths outside the site.
    expect((await fetch(`${server.origin}/lecture/events`, { method: 'POST' })).status).toBe(405)
    expect((await fetch(`${server.origin}${BASE}index.html`, { method: 'DELETE' })).status).toBe(405)
    expect((await fetch(`${server.origin}/package.json`)).status).toBe(404)
    expect((await fetch(`${server.origin}${BASE}..%2F..%2Fpackage.json`)).status).toBe(404)
    expect((await fetch(`${server.origin}${BASE}assets/nothing.js`)).status).toBe(404)

    // Nothing refused was relayed: the next event the stream carries is the next valid move, and no page moved.
    expect(audience().map(at)).toEqual(before)
    const marker = { slide: 3, click: 0, charts: {} }
    expect((await postMove(server.origin, JSON.stringify(marker), bearer)).status).toBe(200)
    await expect.poll(() => listener.events.length, { timeout: 5000 }).toBeGreaterThan(1)
    expect(listener.events.map(e => e.data)).toEqual([listener.events[0]!.data, marker])
    listener.close()
    await expectFollowed(audience(), { slide: 3, click: 0 })
  })

  it('sends every move to each of 300 event-stream clients', async () => {
    const clients = Array.from({ length: 300 }, () => eventClient(server.origin))
    await Promise.all(clients.map(c => c.response))
    await expect.poll(() => clients.every(c => c.events.length === 1), { timeout: 10_000 }).toBe(true)
    const moves = [{ slide: 2, click: 0 }, { slide: 3, click: 0 }, { slide: 4, click: 1 }, { slide: 4, click: 2 }, { slide: heatmapSlide, click: 1 }]
      .map(m => ({ ...m, charts: {} }))
    for (const move of moves) {
      const res = await postMove(server.origin, JSON.stringify(move), { authorization: `Bearer ${server.token}` })
      expect(res.status).toBe(200)
      expect((await res.json() as { audience: number }).audience).toBeGreaterThanOrEqual(300)
    }
    await expect.poll(() => clients.filter(c => c.events.length === 1 + moves.length).length, { timeout: 10_000 }).toBe(300)
    for (const c of clients)
      expect(c.events.slice(1).map(e => e.data)).toEqual(moves)
    clients.forEach(c => c.close())
    await expectFollowed(audience(), { slide: heatmapSlide, click: 1 })
  }, 60_000)

  it('lets a student explore and rejoin: the switch, the bar, and their own moves', async () => {
    await presenter.goto(`${server.origin}${BASE}presenter/3`, { waitUntil: 'networkidle' })
    await expectFollowed(audience(), { slide: 3, click: 0 })
    const [explorer, follower] = laptops as [Page, Page]
    const sw = explorer.getByTestId('follow')
    expect(await sw.getAttribute('aria-checked')).toBe('true')
    expect(await sw.textContent()).toContain('跟随讲师')
    await sw.click()
    expect(await sw.getAttribute('aria-checked')).toBe('false')
    expect(await sw.textContent()).toContain('自己浏览')
    await explorer.goto(`${server.origin}${BASE}8`, { waitUntil: 'networkidle' })

    await press(presenter)
    await press(presenter)
    const lecturer = at(presenter)
    await expectFollowed([follower, phone], lecturer)
    // The explorer has heard of the move too (the bar says where the lecturer is), and stayed.
    const bar = explorer.getByTestId('rejoin-bar')
    await expect.poll(() => bar.textContent(), { timeout: 10_000 }).toContain(`讲师在第 ${lecturer.slide} 页`)
    expect(at(explorer)).toEqual({ slide: 8, click: 0, reading: false })
    expect(await bar.getByTestId('rejoin').textContent()).toBe('回到讲师当前页')

    // The switch rejoins: the lecturer's slide at once.
    await sw.click()
    await expectFollowed([explorer], lecturer)
    expect(await bar.count()).toBe(0)

    // A following student who moves on their own (two steps ahead, where the lecturer has not been) is exploring;
    // the bar brings them back.
    await press(follower)
    await expect.poll(() => follower.getByTestId('follow').getAttribute('aria-checked'), { timeout: 10_000 }).toBe('false')
    await press(follower)
    const own = at(follower)
    await press(presenter)
    const next = at(presenter)
    await expectFollowed([explorer, phone], next)
    expect(at(follower)).toEqual(own)
    await follower.getByTestId('rejoin').click()
    await expectFollowed([follower], next)
    expect(await follower.getByTestId('follow').getAttribute('aria-checked')).toBe('true')
  }, 90_000)

  it('follows a new presenter page within 5 s after the server is stopped and started again', async () => {
    const oldToken = server.token
    await presenter.close()
    await server.stop()
    // Every device has lost the stream (its switch says it is connecting again).
    for (const page of audience())
      await expect.poll(() => page.getByTestId('follow').textContent(), { timeout: 10_000 }).toContain('连接中')
    server = await startLectureServer(port)
    // Within 5 s of the server answering again, every device listens again.
    await Promise.all(audience().map(page =>
      expect.poll(() => page.getByTestId('follow').textContent(), { timeout: 5000 }).not.toContain('连接中')))
    presenter = await device({ width: 1280, height: 720 })
    await presenter.goto(server.presenter, { waitUntil: 'networkidle' })
    await presenter.goto(`${server.origin}${BASE}presenter/6`, { waitUntil: 'networkidle' })
    const started = Date.now()
    await expectFollowed(audience(), { slide: 6, click: 0 }, 5000)
    expect(Date.now() - started).toBeLessThan(5000)
    await press(presenter)
    await expectFollowed(audience(), at(presenter))
    // The old token is worth nothing now.
    expect((await postMove(server.origin, JSON.stringify({ slide: 2, click: 0, charts: {} }), { authorization: `Bearer ${oldToken}` })).status).toBe(403)
    // The only errors: the event streams' failed reconnections while the server was down.
    expect(errors.filter(e => !/ERR_CONNECTION_REFUSED|lecture\/events/.test(e))).toEqual([])
  }, 60_000)
})
