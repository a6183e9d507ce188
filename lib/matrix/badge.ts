/**
 * How a rating is drawn in a matrix, centred on 0,0 in SVG units: a shape and a glyph path. Shape and glyph both carry
 * the value, so a mark reads in grey print and without colour vision. Shared by the lecture's matrix and the index's.
 */
export interface Badge {
  shape: 'circle' | 'square' | 'diamond'
  radius: number
  glyph: string
}
