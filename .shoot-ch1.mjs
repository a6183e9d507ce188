import { chromium } from 'playwright-chromium'
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] })
const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
const external = []
page.on('request', r => { const u = new URL(r.url()); if (!['localhost', '127.0.0.1'].includes(u.hostname) && !u.protocol.startsWith('data')) external.push(r.url()) })
page.on('console', m => { if (['error', 'warning'].includes(m.type())) console.log(`[${m.type()}]`, m.text().slice(0, 300)) })
const shots = (process.argv[2] || '1-10').split('-').map(Number)
for (let n = shots[0]; n <= shots[1]; n++) {
  for (const clicks of process.argv[3] === 'all' ? [0, 99] : [99]) {
    await page.goto(`http://localhost:3131/${n}?clicks=${clicks}`, { waitUntil: 'networkidle' })
    await page.addStyleTag({ content: '#slidev-goto-dialog{display:none!important}' })
    await page.waitForTimeout(1500)
    await page.screenshot({ path: `/tmp/ch1/slide-${String(n).padStart(2, '0')}-c${clicks}.png` })
    // overflow check: any element inside the slide content that extends beyond the slide layout box
    const overflow = await page.evaluate(() => {
      const layout = document.querySelector('.slidev-page-' + location.pathname.slice(1) + ' .slidev-layout') || document.querySelector('.slidev-layout')
      if (!layout) return 'no layout'
      const box = layout.getBoundingClientRect()
      const bad = []
      for (const el of layout.querySelectorAll('*')) {
        const r = el.getBoundingClientRect()
        if (r.width && (r.bottom > box.bottom + 1 || r.right > box.right + 1)) bad.push(`${el.tagName}.${el.className?.baseVal ?? el.className} ${Math.round(r.bottom - box.bottom)}/${Math.round(r.right - box.right)}`)
      }
      return bad.slice(0, 5)
    })
    console.log(n, clicks, JSON.stringify(overflow))
  }
}
console.log('external requests:', external)
await browser.close()
