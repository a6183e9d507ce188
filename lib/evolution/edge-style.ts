import type { EvolutionMethodId } from '../data/gpt-evolution-ids'

export type Glyph = 'circle' | 'diamond' | 'square' | 'triangle' | 'star' | 'ring' | 'chevrons' | 'bars'

export interface MethodStyle {
  /** A CSS colour: the deck's variable, with an Okabe-Ito fallback. */
  colour: string
  /** A shape on each edge and in the legend, so that methods stay apart in grey print. */
  glyph: Glyph
  /** Training edges are thicker than relations (renaming, replacement, variant). */
  width: number
}

const okabeIto = (name: string, hex: string) => `var(--chart-method-${name}, ${hex})`

export const METHOD_STYLES: Record<EvolutionMethodId, MethodStyle> = {
  'code': { colour: okabeIto('code', '#0072b2'), glyph: 'circle', width: 2.2 },
  'code-instruction': { colour: okabeIto('code-instruction', '#009e73'), glyph: 'diamond', width: 2.2 },
  'sft': { colour: okabeIto('sft', '#e69f00'), glyph: 'square', width: 2.2 },
  'feedme': { colour: okabeIto('feedme', '#cc79a7'), glyph: 'triangle', width: 2.2 },
  'rlhf': { colour: okabeIto('rlhf', '#d55e00'), glyph: 'star', width: 2.2 },
  'variant': { colour: okabeIto('variant', '#56b4e9'), glyph: 'ring', width: 1.4 },
  'replacement': { colour: okabeIto('replacement', '#5b6775'), glyph: 'chevrons', width: 1.4 },
  'alias': { colour: okabeIto('alias', '#8d96a0'), glyph: 'bars', width: 1.4 },
}

/** Dashes of an edge that a source infers rather than states. */
export const INFERRED_DASH = '5 3.5'

/** Glyphs filled with the method's colour; the others are drawn as strokes on white. */
export function glyphIsFilled(glyph: Glyph): boolean {
  return glyph !== 'ring' && glyph !== 'chevrons' && glyph !== 'bars'
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
      return `M0,${n(-r * 1.15)}L${n(r * 1.15)},0L0,${n(r * 1.15)}L${n(-r * 1.15)},0Z`
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
