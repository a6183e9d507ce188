import type { Badge } from '../matrix/badge'
import { VALUE_BADGES } from '../openness/values'
import type { OsaiClass } from './score'

/** Open and closed are drawn as in the lecture's matrix (✓ circle, ✗ square); partial is a diamond with a half mark. */
export const OSAI_BADGES: Record<OsaiClass, Badge> = {
  open: VALUE_BADGES.open,
  closed: VALUE_BADGES.closed,
  partial: { shape: 'diamond', radius: 10.5, glyph: 'M-4.2,0 L4.2,0 M0,-4.2 L0,0' },
}

export const OSAI_CLASS_LABELS: Record<OsaiClass, { glyph: string, label: string, labelEn: string }> = {
  open: { glyph: '✓', label: '开放', labelEn: 'open' },
  partial: { glyph: '◐', label: '部分开放', labelEn: 'partial' },
  closed: { glyph: '✗', label: '封闭', labelEn: 'closed' },
}
