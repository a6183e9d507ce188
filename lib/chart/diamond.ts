import { symbol, type SymbolType } from 'd3-shape'

// d3-shape 3.2 rounds a symbol's path to `digits` decimals; @types/d3-shape 3.1 does not declare it yet.
declare module 'd3-shape' {
  interface Symbol<This, Datum> {
    digits: (digits: number | null) => this
  }
}

/**
 * The deck's one diamond: a square on its corner, of area `size` (a d3-shape symbol type). d3's own symbolDiamond is
 * narrower, its width tan 30° of its height, which at small marks (the timeline's, a glyph on a lineage edge) reads as
 * a line rather than a shape.
 */
export const symbolSquareOnCorner: SymbolType = {
  draw(context, size) {
    const r = Math.sqrt(size / 2)
    context.moveTo(0, -r)
    context.lineTo(r, 0)
    context.lineTo(0, r)
    context.lineTo(-r, 0)
    context.closePath()
  },
}

/** The diamond whose corners lie `r` from its centre (0, 0), as an SVG path. */
export function diamondPath(r: number): string {
  return symbol(symbolSquareOnCorner, 2 * r * r).digits(2)()!
}
