import { spawn } from 'node:child_process'
import { chromium } from 'playwright-chromium'
const child = spawn(process.execPath, ['scripts/lecture.mjs', '--port', '4431', '--host', '127.0.0.1', '--no-build'], { stdio: ['ignore', 'pipe', 'pipe'] })
let out = ''
child.stdout.on('data', b => { out += b })
child.stderr.on('data', b => { out += b })
while (!/^presenter: /m.test(out)) await new Promise(r => setTimeout(r, 200))
const audience = /^audience: (\S+)$/m.exec(out)[1]
const presenterUrl = /^presenter: (\S+)$/m.exec(out)[1]
console.log(out)
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] })
try {
  const laptop = await (await browser.newContext({ viewport: { width: 1280, height: 720 } })).newPage()
  const phone = await (await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })).newPage()
  await laptop.goto(audience, { waitUntil: 'networkidle' })
  await phone.goto(audience, { waitUntil: 'networkidle' })
  const presenter = await (await browser.newContext({ viewport: { width: 1280, height: 720 } })).newPage()
  await presenter.goto(presenterUrl, { waitUntil: 'networkidle' })
  await presenter.getByTestId('relay-status').waitFor()
  await presenter.waitForFunction(() => document.querySelector('[data-testid="relay-status"]')?.textContent.includes('直播中'), undefined, { timeout: 20000 })
  await presenter.getByTestId('qr-toggle').click()
  await laptop.getByTestId('audience-qr').locator('path[d^="M"]').waitFor({ timeout: 20000 })
  await laptop.mouse.move(600, 300)
  await laptop.screenshot({ path: '/tmp/lshots/qr-title.png' })
  await presenter.screenshot({ path: '/tmp/lshots/presenter.png' })
  await presenter.getByTestId('qr-toggle').click()
  await presenter.goto(presenterUrl.replace(/presenter\/#.*/, 'presenter/5'), { waitUntil: 'networkidle' })
  await laptop.waitForURL(/\/5(\?|$)/, { timeout: 20000 })
  await phone.waitForURL(/\/read\/5/, { timeout: 20000 })
  await laptop.waitForTimeout(1500)
  await laptop.mouse.move(640, 400)
  await laptop.mouse.move(650, 410)
  await laptop.screenshot({ path: '/tmp/lshots/audience-follow.png' })
  await phone.screenshot({ path: '/tmp/lshots/phone-follow.png' })
  await phone.screenshot({ path: '/tmp/lshots/phone-follow-full.png', fullPage: true })
  // exploring
  await laptop.getByTestId('follow').click()
  await phone.getByTestId('follow').click()
  await presenter.keyboard.press('ArrowRight')
  await laptop.getByTestId('rejoin-bar').waitFor({ timeout: 20000 })
  await laptop.waitForTimeout(1500)
  await laptop.mouse.move(640, 400)
  await laptop.screenshot({ path: '/tmp/lshots/audience-explore.png' })
  await phone.screenshot({ path: '/tmp/lshots/phone-explore.png' })
  // print view served by the relay
  const print = await (await browser.newContext({ viewport: { width: 1280, height: 720 } })).newPage()
  await print.goto(`${audience}print`, { waitUntil: 'networkidle' })
  console.log('overlay in print:', await print.locator('.lecture-overlay, [data-testid="follow"]').count())
}
finally {
  await browser.close()
  child.kill('SIGTERM')
}
