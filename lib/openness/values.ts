import type { OpennessValue } from '../data/openness-ids'
import type { Badge } from '../matrix/badge'

/** How each rating reads: the seed's glyph (√, ×, -) and a word, for the legend, the tooltip and the data table. */
export const VALUE_LABELS: Record<OpennessValue, { glyph: string, label: string, labelEn: string }> = {
  open: { glyph: '✓', label: '公开', labelEn: 'open' },
  closed: { glyph: '✗', label: '未公开', labelEn: 'closed' },
  na: { glyph: '–', label: '不适用', labelEn: 'not applicable' },
}

/** How each rating is drawn: a circle or a square, and a tick, a cross or a dash. */
export const VALUE_BADGES: Record<OpennessValue, Badge> = {
  open: { shape: 'circle', radius: 9.5, glyph: 'M-4.6,0.4 L-1.4,3.6 L4.8,-3.4' },
  closed: { shape: 'square', radius: 8.5, glyph: 'M-3.8,-3.8 L3.8,3.8 M3.8,-3.8 L-3.8,3.8' },
  na: { shape: 'circle', radius: 8.5, glyph: 'M-4.4,0 L4.4,0' },
}
