/**
 * How a rating is drawn in a matrix, centred on 0,0 in SVG units: a shape and a glyph path. Shape and glyph both carry
 * the value, so a mark reads in grey print and without colour vision. Shared by the lecture's matrix and the index's.
 */
export interface Badge {
  shape: 'circle' | 'square' | 'diamond'
  radius: number
  glyph: string
}

/** A diamond of the badge's radius, as an SVG path (circles and squares are drawn as <circle> and <rect>). */
export const diamondPath = (r: number) => `M0,${-r} L${r},0 L0,${r} L${-r},0 Z`
