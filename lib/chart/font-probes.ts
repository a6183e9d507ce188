/**
 * A character for each face a picture embeds, drawn beside it to tell when that face has loaded. Drawn as an image,
 * an SVG is decoded before its fonts are; the faces declared `font-display: block` draw nothing until they load.
 */
export interface FontProbe { family: string, weight: string, style: string, char: string }

/** Each `@font-face` rule of the CSS, with the first visible character of its unicode-range (A when it has none). */
export function fontProbes(css: string): FontProbe[] {
  return [...css.matchAll(/@font-face\s*\{([^}]*)\}/g)].flatMap(([, body]) => {
    const value = (name: string) => body!.match(new RegExp(`(?:^|;)\\s*${name}\\s*:\\s*([^;]+)`))?.[1]!.trim()
    const family = value('font-family')?.replace(/^["']|["']$/g, '')
    const char = firstVisible(value('unicode-range') ?? 'U+41')
    return family && char ? [{ family, weight: value('font-weight') ?? '400', style: value('font-style') ?? 'normal', char }] : []
  })
}

/** Not a space, a control character or a soft hyphen: a character that leaves ink. */
const visible = (cp: number) => cp > 0x20 && !(cp >= 0x7F && cp <= 0xA0) && cp !== 0xAD

function firstVisible(ranges: string): string | undefined {
  for (const range of ranges.split(',')) {
    const [from, to] = range.trim().replace(/^U\+/i, '').split('-')
    // U+4?? is U+400 to U+4FF.
    const start = Number.parseInt(from!.replace(/\?/g, '0'), 16)
    const end = Number.parseInt((to ?? from!).replace(/\?/g, 'F'), 16)
    for (let cp = start; cp <= end; cp++) {
      if (visible(cp))
        return String.fromCodePoint(cp)
    }
  }
  return undefined
}
