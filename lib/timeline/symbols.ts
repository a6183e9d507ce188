import { symbol, symbolCircle, symbolCross, symbolSquare, symbolTriangle, type SymbolType } from 'd3-shape'
import { symbolSquareOnCorner } from '../chart/diamond'
import type { Architecture } from '../data/landscape-ids'

/** Each architecture has its own shape, so the chart reads in grey print and without colour. */
export const ARCHITECTURE_SHAPES: Record<Architecture, string> = {
  'decoder-only': 'circle',
  'encoder-decoder': 'square',
  'GLM-style': 'diamond',
  'multi-task': 'triangle',
  'undisclosed': 'cross',
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
