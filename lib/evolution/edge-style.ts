import { diamondPath } from '../chart/diamond'
import type { EvolutionMethodId } from '../data/gpt-evolution-ids'

export type Glyph = 'circle' | 'diamond' | 'square' | 'triangle' | 'star' | 'ring' | 'chevrons' | 'bars'

export interface MethodStyle {
  /** A CSS colour: the deck's variable (styles/palette.css, Okabe-Ito). */
  colour: string
  /** A shape on each edge and in the legend, so that methods stay apart in grey print. */
  glyph: Glyph
  /** Training edges are thicker than relations (renaming, replacement, variant). */
  width: number
}

const colour = (name: string) => `var(--chart-method-${name})`

export const METHOD_STYLES: Record<EvolutionMethodId, MethodStyle> = {
  'code': { colour: colour('code'), glyph: 'circle', width: 2.2 },
  'code-instruction': { colour: colour('code-instruction'), glyph: 'diamond', width: 2.2 },
  'sft': { colour: colour('sft'), glyph: 'square', width: 2.2 },
  'feedme': { colour: colour('feedme'), glyph: 'triangle', width: 2.2 },
  'rlhf': { colour: colour('rlhf'), glyph: 'star', width: 2.2 },
  'variant': { colour: colour('variant'), glyph: 'ring', width: 1.4 },
  'replacement': { colour: colour('replacement'), glyph: 'chevrons', width: 1.4 },
  'alias': { colour: colour('alias'), glyph: 'bars', width: 1.4 },
}

/** Dashes of an edge that a source infers rather than states. */
export const INFERRED_DASH = '5 3.5'

/** Glyphs filled with the method's colour; the others are drawn as strokes on white. */
function glyphIsFilled(glyph: Glyph): boolean {
  return glyph !== 'ring' && glyph !== 'chevrons' && glyph !== 'bars'
}

/** How a method's glyph is painted: filled glyphs in its colour edged with the background, the others stroked. */
export function glyphPaint(style: MethodStyle): { fill: string, stroke: string, strokeWidth: number } {
  return glyphIsFilled(style.glyph)
    ? { fill: style.colour, stroke: 'var(--chart-tooltip-bg)', strokeWidth: 0.8 }
    : { fill: 'var(--chart-tooltip-bg)', stroke: style.colour, strokeWidth: 1.6 }
}

/** A glyph's path, centred on 0,0, about `size` across. */
export function glyphPath(glyph: Glyph, size = 8): string {
  const r = size / 2
  const n = (v: number) => String(Math.round(v * 100) / 100)
  switch (glyph) {
    case 'circle':
    case 'ring':
      return `M${n(-r)},0A${n(r)},${n(r)} 0 1,0 ${n(r)},0A${n(r)},${n(r)} 0 1,0 ${n(-r)},0Z`
    case 'square':
      return `M${n(-r * 0.85)},${n(-r * 0.85)}H${n(r * 0.85)}V${n(r * 0.85)}H${n(-r * 0.85)}Z`
    case 'diamond':
      return diamondPath(r * 1.15)
    case 'triangle':
      return `M0,${n(-r * 1.1)}L${n(r * 1.1)},${n(r * 0.85)}L${n(-r * 1.1)},${n(r * 0.85)}Z`
    case 'star': {
      const points = Array.from({ length: 10 }, (_, i) => {
        const radius = i % 2 === 0 ? r * 1.4 : r * 0.6
        const angle = -Math.PI / 2 + (i * Math.PI) / 5
        return `${n(radius * Math.cos(angle))},${n(radius * Math.sin(angle))}`
      })
      return `M${points.join('L')}Z`
    }
    case 'chevrons':
      return `M${n(-r)},${n(-r * 0.8)}L0,0L${n(-r)},${n(r * 0.8)}M0,${n(-r * 0.8)}L${n(r)},0L0,${n(r * 0.8)}`
    case 'bars':
      return `M${n(-r)},${n(-r * 0.45)}H${n(r)}M${n(-r)},${n(r * 0.45)}H${n(r)}`
  }
}
