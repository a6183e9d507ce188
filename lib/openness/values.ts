import type { OpennessValue } from '../data/openness-ids'

/** How each rating reads: the seed's glyph (√, ×, -) and a word, for the legend, the tooltip and the data table. */
export const VALUE_LABELS: Record<OpennessValue, { glyph: string, label: string, labelEn: string }> = {
  open: { glyph: '✓', label: '公开', labelEn: 'open' },
  closed: { glyph: '✗', label: '未公开', labelEn: 'closed' },
  na: { glyph: '–', label: '不适用', labelEn: 'not applicable' },
}

/**
 * How each rating is drawn, centred on 0,0 in SVG units: a shape (circle or square) and a glyph path (tick, cross,
 * dash). Shape and glyph both carry the value, so a mark reads in grey print and without colour vision.
 */
export const VALUE_BADGES: Record<OpennessValue, { shape: 'circle' | 'square', radius: number, glyph: string }> = {
  open: { shape: 'circle', radius: 9.5, glyph: 'M-4.6,0.4 L-1.4,3.6 L4.8,-3.4' },
  closed: { shape: 'square', radius: 8.5, glyph: 'M-3.8,-3.8 L3.8,3.8 M3.8,-3.8 L-3.8,3.8' },
  na: { shape: 'circle', radius: 8.5, glyph: 'M-4.4,0 L4.4,0' },
}
