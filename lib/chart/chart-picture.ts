import { type FontProbe, fontProbes } from './font-probes'
import { PICTURE_STYLE_PROPERTIES } from './picture-styles'

/** What goes under the chart in its picture: its title and its sources. */
export interface PictureFooter { title: string, source: string }

/**
 * A chart's figure as pictures, as shown, on white, with its title and source line under it: cloned once with its
 * styles and fonts into an SVG (its text kept as text), and that SVG drawn at `scale` times its size into a PNG once
 * its fonts have loaded.
 */
export async function chartPicture(figure: HTMLElement, about: PictureFooter, scale = 2): Promise<{ svg: string, png: Blob }> {
  // Fetched when a panel first draws its pictures: a slide with a chart does not wait for it.
  const { domToForeignObjectSvg } = await import('modern-screenshot')
  const { offsetWidth: width, offsetHeight: height } = figure
  // The figure's own size, not its size on screen (a slide is scaled to the window); no worker script (none is shipped);
  // as in print, no controls and no hints on hovering.
  const svg = await domToForeignObjectSvg(figure, {
    width,
    height,
    backgroundColor: '#ffffff',
    workerNumber: 0,
    // The clone's root loses its margins, and a <figure> would take the browser's default (1em 40px) instead.
    style: { margin: '0' },
    includeStyleProperties: [...PICTURE_STYLE_PROPERTIES],
    filter: (n: Node) => !(n instanceof HTMLElement && (n.matches('[data-chart-tools], [data-chart-panel], .sr-only, .hover-hint'))),
  })
  const content = svg.querySelector('foreignObject')!
  const footer = pictureFooter(width, about)
  const total = height + footer.offsetHeight
  footer.remove()
  footer.style.position = 'static'
  content.append(footer)
  sized(svg, width, total)
  // The page's faces swap in when they load; an SVG drawn as an image is drawn when it is decoded, before its fonts.
  // Blocking, they draw nothing until loaded, and the probes under the picture tell when each has.
  let css = ''
  for (const style of svg.querySelectorAll('style')) {
    style.textContent = style.textContent!.replace(/font-display:\s*swap/g, 'font-display: block')
    css += style.textContent
  }
  const text = new XMLSerializer().serializeToString(svg)

  const probes = fontProbes(css)
  const strip = probeStrip(probes, width)
  content.append(strip.element)
  sized(svg, width, total + strip.height)
  const image = new Image()
  // A data: address: a blob: one taints the canvas.
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`
  await image.decode()
  await fontsDrawn(image, probes, width, total, strip)

  const canvas = document.createElement('canvas')
  canvas.width = width * scale
  canvas.height = total * scale
  const context = canvas.getContext('2d')!
  context.fillStyle = '#ffffff'
  context.fillRect(0, 0, canvas.width, canvas.height)
  context.drawImage(image, 0, 0, width, total, 0, 0, canvas.width, canvas.height)
  const png = await new Promise<Blob>((resolve, reject) => canvas.toBlob(b => (b ? resolve(b) : reject(new Error('no PNG'))), 'image/png'))
  return { svg: text, png }
}

function sized(svg: SVGElement, width: number, height: number) {
  svg.setAttribute('height', String(height))
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`)
}

/** The picture's title and source line, laid out (and measured) at the chart's width in the page's own fonts. */
function pictureFooter(width: number, about: PictureFooter): HTMLElement {
  const palette = getComputedStyle(document.documentElement)
  const footer = document.createElement('div')
  footer.setAttribute('style', `width:${width}px;box-sizing:border-box;padding:10px 4px 4px;font-family:"Noto Sans SC",sans-serif;color:${palette.getPropertyValue('--chart-ink')};line-height:1.45;position:absolute;left:-10000px;top:0`)
  const title = document.createElement('div')
  title.setAttribute('style', 'font-size:16px;font-weight:700')
  title.textContent = about.title
  const source = document.createElement('div')
  source.setAttribute('style', `font-size:14px;color:${palette.getPropertyValue('--chart-muted')}`)
  source.textContent = about.source
  footer.append(title, source)
  document.body.append(footer)
  return footer
}

/** A probe's square, in px: one character of its face, black on white, in a row of as many as the width holds. */
const PROBE = 40

function probeStrip(probes: FontProbe[], width: number) {
  const element = document.createElement('div')
  element.setAttribute('style', `display:flex;flex-wrap:wrap;width:${width}px;background:#ffffff`)
  for (const p of probes) {
    const cell = document.createElement('div')
    cell.setAttribute('style', `width:${PROBE}px;height:${PROBE}px;font-family:"${p.family}";font-weight:${p.weight};font-style:${p.style};font-size:28px;line-height:${PROBE}px;color:#000000;text-align:center`)
    cell.textContent = p.char
    element.append(cell)
  }
  const perRow = Math.max(1, Math.floor(width / PROBE))
  return { element, perRow, height: Math.ceil(probes.length / perRow) * PROBE }
}

/** Until every probe under the picture (at `top`) shows ink, or 5 s have passed (a blocking face shows a fallback by 3 s). */
async function fontsDrawn(image: HTMLImageElement, probes: FontProbe[], width: number, top: number, strip: { perRow: number, height: number }) {
  if (!probes.length)
    return
  const canvas = document.createElement('canvas')
  canvas.width = width
  canvas.height = strip.height
  const context = canvas.getContext('2d', { willReadFrequently: true })!
  const inked = (pixels: Uint8ClampedArray, x0: number, y0: number) => {
    for (let y = y0; y < y0 + PROBE; y++) {
      for (let x = x0; x < x0 + PROBE; x++) {
        const i = (y * width + x) * 4
        if (pixels[i]! + pixels[i + 1]! + pixels[i + 2]! < 384)
          return true
      }
    }
    return false
  }
  const deadline = performance.now() + 5000
  while (performance.now() < deadline) {
    context.fillStyle = '#ffffff'
    context.fillRect(0, 0, width, strip.height)
    context.drawImage(image, 0, top, width, strip.height, 0, 0, width, strip.height)
    const pixels = context.getImageData(0, 0, width, strip.height).data
    if (probes.every((_, i) => inked(pixels, (i % strip.perRow) * PROBE, Math.floor(i / strip.perRow) * PROBE)))
      return
    await new Promise(resolve => setTimeout(resolve, 50))
  }
}
