import type { Architecture } from '../data/landscape-ids'

/** Each architecture has its own shape, so the chart reads in grey print and without colour. */
export const ARCHITECTURE_SHAPES: Record<Architecture, string> = {
  'decoder-only': 'circle',
  'encoder-decoder': 'square',
  'GLM-style': 'diamond',
  'multi-task': 'triangle',
  'undisclosed': 'cross',
}

/** An SVG path of the architecture's shape centred on (0, 0), with about the area of a circle of radius r. */
export function symbolPath(architecture: Architecture, r: number): string {
  const f = (n: number) => Number(n.toFixed(2))
  switch (ARCHITECTURE_SHAPES[architecture]) {
    case 'square': {
      const s = f(r * 0.886)
      return `M${-s},${-s}H${s}V${s}H${-s}Z`
    }
    case 'diamond': {
      const s = f(r * 1.25)
      return `M0,${-s}L${s},0L0,${s}L${-s},0Z`
    }
    case 'triangle': {
      const s = f(r * 1.35)
      return `M0,${-s}L${f(s * 0.866)},${f(s / 2)}L${f(-s * 0.866)},${f(s / 2)}Z`
    }
    case 'cross': {
      const a = f(r * 1.1)
      const b = f(r * 0.38)
      return `M${-b},${-a}H${b}V${-b}H${a}V${b}H${b}V${a}H${-b}V${b}H${-a}V${-b}H${-b}Z`
    }
    default: {
      const s = f(r)
      return `M${s},0A${s},${s} 0 1,1 ${-s},0A${s},${s} 0 1,1 ${s},0Z`
    }
  }
}
