import { describe, expect, it } from 'vitest'
import { fontProbes } from '../../lib/chart/font-probes'

describe('fontProbes', () => {
  it('takes each face\'s family, weight, style and first visible character, skipping the space', () => {
    const css = `@font-face { font-family: "Noto Sans SC"; font-style: normal; font-display: block; font-weight: 400; src: url("data:font/woff2;base64,AAAA") format("woff2"); unicode-range: U+20-7E, U+4E0B; }
@font-face { font-family: 'Noto Sans SC'; font-weight: 700; src: url(a.woff2); unicode-range: U+4E2D, U+4E49; }
@font-face { font-family: KaTeX_Main; font-style: italic; src: url(b.woff2); }`
    expect(fontProbes(css)).toEqual([
      { family: 'Noto Sans SC', weight: '400', style: 'normal', char: '!' },
      { family: 'Noto Sans SC', weight: '700', style: 'normal', char: '中' },
      { family: 'KaTeX_Main', weight: '400', style: 'italic', char: 'A' },
    ])
  })
  it('reads wildcard ranges and passes over invisible code points', () => {
    expect(fontProbes('@font-face { font-family: X; unicode-range: U+A0, U+AD, U+4??; }')[0]!.char).toBe('\u0400')
  })
  it('leaves out a face without a family or without a visible character, and reads no other rule', () => {
    expect(fontProbes('@font-face { src: url(a.woff2); } @font-face { font-family: Y; unicode-range: U+0-20; } .x { font-family: Z; }')).toEqual([])
  })
})
