import { lab } from 'd3-color'
import { scaleSequential } from 'd3-scale'
import { interpolateBlues } from 'd3-scale-chromatic'

/**
 * Percent (0..100) to fill. A single-hue blue ramp: lightness falls steadily with the value, so it reads the same
 * in grey print and for every kind of colour blindness. The ends are trimmed so 0% is still visible on white.
 */
const heatFill = scaleSequential((t: number) => interpolateBlues(0.06 + t * 0.84)).domain([0, 100]).clamp(true)

/** Dark text on light fills, white on dark ones, chosen from the fill's CIELAB lightness. */
function readableTextOn(fill: string): string {
  return lab(fill).l > 60 ? '#10243e' : '#ffffff'
}

const swatches = new Map<number, { fill: string, text: string }>()

/** A cell's fill and text colour; charts show whole percents, so each of the 101 pairs is computed once. */
export function heatColors(percent: number): { fill: string, text: string } {
  let swatch = swatches.get(percent)
  if (!swatch) {
    const fill = heatFill(percent)
    swatch = { fill, text: readableTextOn(fill) }
    swatches.set(percent, swatch)
  }
  return swatch
}
