import { symbol, symbolCircle, symbolCross, symbolSquare, symbolTriangle, type SymbolType } from 'd3-shape'
import type { Architecture } from '../data/landscape-ids'

// d3-shape 3.2 rounds a symbol's path to `digits` decimals; @types/d3-shape 3.1 does not declare it yet.
declare module 'd3-shape' {
  interface Symbol<This, Datum> {
    digits: (digits: number | null) => this
  }
}

/** Each architecture has its own shape, so the chart reads in grey print and without colour. */
export const ARCHITECTURE_SHAPES: Record<Architecture, string> = {
  'decoder-only': 'circle',
  'encoder-decoder': 'square',
  'GLM-style': 'diamond',
  'multi-task': 'triangle',
  'undisclosed': 'cross',
}

/**
 * A square on its corner, of area `size`: wider than d3's own diamond, which at the timeline's small marks reads as a
 * line rather than a shape.
 */
const symbolSquareOnCorner: SymbolType = {
  draw(context, size) {
    const r = Math.sqrt(size / 2)
    context.moveTo(0, -r)
    context.lineTo(r, 0)
    context.lineTo(0, r)
    context.lineTo(-r, 0)
    context.closePath()
  },
}

/** d3's filled symbols: of one area each, so no shape looks weightier than another. */
const SYMBOLS: Record<Architecture, SymbolType> = {
  'decoder-only': symbolCircle,
  'encoder-decoder': symbolSquare,
  'GLM-style': symbolSquareOnCorner,
  'multi-task': symbolTriangle,
  'undisclosed': symbolCross,
}

/** An SVG path of the architecture's shape centred on (0, 0), with the area of a circle of radius r. */
export function symbolPath(architecture: Architecture, r: number): string {
  return symbol(SYMBOLS[architecture], Math.PI * r * r).digits(2)()!
}
