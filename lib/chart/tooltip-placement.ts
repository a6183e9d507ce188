import type { Box } from './box'

/** CSS for a tooltip absolutely placed in the plot's box, in percent of the plot, so it follows the SVG's scaling. */
export interface TooltipPlacement {
  left: string
  top: string
  transform: string
}

export interface PlaceOptions {
  /**
   * 'vertical' (default): centred on the mark, below it in the upper half of the plot and above it in the lower half.
   * 'beside': left or right of the mark, away from the nearer edge, at the mark's height (for marks in wide rows).
   */
  side?: 'vertical' | 'beside'
  /** Space between the mark and the tooltip, in viewBox units. */
  gap?: number
}

/**
 * Where a tooltip goes so that it stays inside the plot and does not cover its mark.
 * `anchor` is the mark's box and `plot` the viewBox size, both in viewBox units.
 */
export function placeTooltip(anchor: Box, plot: { width: number, height: number }, options: PlaceOptions = {}): TooltipPlacement {
  const gap = options.gap ?? 4
  const pct = (v: number, of: number) => `${(v / of) * 100}%`
  const cy = anchor.y + anchor.height / 2
  if (options.side === 'beside') {
    const toLeft = anchor.x + anchor.width / 2 > plot.width / 2
    const x = toLeft ? anchor.x - gap : anchor.x + anchor.width + gap
    const fraction = Math.max(0, Math.min(1, cy / plot.height))
    return {
      left: pct(x, plot.width),
      top: pct(cy, plot.height),
      transform: `translate(${toLeft ? '-100%' : '0'}, ${-fraction * 100}%)`,
    }
  }
  const cx = anchor.x + anchor.width / 2
  const below = cy < plot.height / 2
  const y = below ? anchor.y + anchor.height + gap : anchor.y - gap
  const share = cx / plot.width
  const shiftX = share > 0.62 ? '-100%' : share < 0.3 ? '0%' : '-50%'
  return {
    left: pct(cx, plot.width),
    top: pct(y, plot.height),
    transform: `translate(${shiftX}, ${below ? '0' : '-100%'})`,
  }
}

/**
 * Where a chart's details card points (ChartFigure's `tip`): the mark's box in the plot's units and the plot's size,
 * how to place the card, and its width in px.
 */
export interface ChartTip extends PlaceOptions {
  at: Box
  plot: { width: number, height: number }
  width?: number
  /** The card has links: the pointer may move onto it, and the card stays while it is there. */
  linked?: boolean
}
