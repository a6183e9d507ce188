import { scaleLinear, scaleLog } from 'd3-scale'
import type { Architecture } from '../data/landscape-ids'
import type { Era, LandscapeModel } from '../data/models-schema'
import type { Box } from '../chart/box'
import { dodgeMarks } from '../chart/dodge'
import { type PlacedLabel, placeLabels } from './label-placement'
import { monthIndex } from '../format/month'
import { formatTokens } from '../format/number'
import { PHONE } from '../chart/phone'
import { textWidth } from '../chart/text-width'
import { eraOf } from './timeline-steps'

/** Sizes in SVG user units; the SVG has a fixed viewBox, so the chart never measures its container. */
export const TIMELINE_GEOMETRY = {
  width: 960,
  height: 396,
  plot: { x: 64, y: 24, width: 886, height: 282 },
  /** The strip under the time axis for models whose size was not disclosed. */
  strip: { x: 64, y: 336, width: 886, height: 56 },
  markRadius: 5,
  labelSize: 10.5,
  /** Parameters axis, in billions. */
  minB: 0.04,
  maxB: 1000,
  /** Type sizes: the model names, the axes' and strip's labels, the eras' names. */
  text: { label: 12, axis: 12, era: 12 },
  /** Baselines: the eras' names above the plot, the years under it; the strip's two-line title from its middle. */
  eraNameDy: -8,
  yearDy: 16,
  stripTitleDy: [-6, 7],
  /** The rotated axis title's baseline, from the left: its ascent (1.16 em) stays inside the chart. */
  axisTitleX: 15,
} as const

/**
 * The phone layout, in screen px: text at 14 px, marks a little larger, and `monthWidth` px a month (more when the
 * screen has the room), so the years scroll sideways while the sizes' axis stays in view left of plot.x.
 */
export const TIMELINE_PHONE_GEOMETRY = {
  plotTop: 30,
  plotHeight: 330,
  /** From the plot's bottom to the strip, room for the years. */
  stripGap: 36,
  stripHeight: 64,
  bottomPadding: 4,
  rightPadding: 12,
  markRadius: 6.5,
  labelSize: PHONE.text,
  text: { label: PHONE.text, axis: PHONE.text, era: PHONE.text },
  eraNameDy: -10,
  yearDy: 21,
  stripTitleDy: [-9, 10],
  axisTitleX: 10,
  /** The rotated axis title's column, and the room between the axis labels and the plot. */
  titleColumn: 20,
  tickGap: 6,
  monthWidth: 18,
} as const

export interface TimelineLayoutOptions {
  /**
   * The phone layout, for a chart this many screen px wide: one unit is one screen px; left of plot.x the sizes' axis
   * (its labels, its title, the strip's title), which stays in view while the months scroll sideways.
   */
  width?: number
}

export type TimelineModel = Pick<LandscapeModel, 'id' | 'name' | 'released' | 'parametersB' | 'architecture' | 'openWeights'>

export interface TimelineMark {
  id: string
  x: number
  y: number
  /** Where the family's smallest size sits, when the model came in several sizes. */
  yMin?: number
  /** The largest size in billions, which sets y; null in the strip of undisclosed sizes. */
  value: number | null
  sizes: readonly number[]
  architecture: Architecture
  openWeights: boolean
  released: string
  era: number
}

export interface TimelineLayout {
  /** The phone layout: units are screen px, left of plot.x the axis column that stays in view. */
  phone: boolean
  width: number
  height: number
  /** The marks' radius and the type sizes, in units. */
  markRadius: number
  text: { label: number, axis: number, era: number }
  /** Baselines of the eras' names and of the years; of the strip's two-line title; the axis title's x. */
  eraNameY: number
  yearY: number
  stripTitleY: [number, number]
  axisTitleX: number
  plot: Box
  strip: Box
  marks: TimelineMark[]
  labels: PlacedLabel[]
  xTicks: { x: number, label: string }[]
  yTicks: { y: number, label: string, major: boolean }[]
  eras: { id: string, short: string, x0: number, x1: number }[]
}

/**
 * Places every model: x by release month (the middle of the month), y by its largest size on a log scale, sideways
 * dodging where marks would overlap, and models of undisclosed size in a strip below the axis. Labels are placed
 * once for all models, the eras' highlighted models first, so they never move between click steps.
 */
export function timelineLayout(models: readonly TimelineModel[], eras: readonly Era[], options: TimelineLayoutOptions = {}): TimelineLayout {
  const months = models.map(m => monthIndex(m.released))
  const first = Math.min(...months) - 2
  const last = Math.max(...months) + 3
  const g = options.width === undefined ? TIMELINE_GEOMETRY : phoneGeometry(options.width, last - first)
  const x = scaleLinear().domain([first, last]).range([g.plot.x, g.plot.x + g.plot.width])
  const y = scaleLog().domain([g.minB, g.maxB]).range([g.plot.y + g.plot.height, g.plot.y]).clamp(true)
  const stripY = g.strip.y + g.strip.height / 2
  const r = g.markRadius
  const phone = options.width !== undefined

  const base = models.map((m) => {
    const sizes = m.parametersB ?? []
    const value = sizes.length ? Math.max(...sizes) : null
    return { m, sizes, value, x: x(monthIndex(m.released) + 0.5), y: value === null ? stripY : y(value) }
  })
  // Earlier and larger first, so the dodge pushes the later, smaller models aside.
  const order = [...base].sort((a, b) => a.x - b.x || (b.value ?? 0) - (a.value ?? 0))
  const dodged = dodgeMarks(order.map(b => ({ id: b.m.id, x: b.x, y: b.y })), r + 0.5)

  const marks: TimelineMark[] = base.map(b => ({
    id: b.m.id,
    x: dodged.get(b.m.id)!,
    y: b.y,
    ...(b.sizes.length > 1 ? { yMin: y(Math.min(...b.sizes)) } : {}),
    value: b.value,
    sizes: b.sizes,
    architecture: b.m.architecture,
    openWeights: b.m.openWeights,
    released: b.m.released,
    era: eraOf(eras, b.m.released),
  }))

  const highlighted: readonly string[] = eras.flatMap(e => e.highlight)
  const rank = (id: string) => (highlighted.includes(id) ? highlighted.indexOf(id) : highlighted.length)
  const nameOf = new Map(models.map(m => [m.id, m.name]))
  const requests = [...marks]
    .sort((a, b) => rank(a.id) - rank(b.id) || (b.value ?? 0) - (a.value ?? 0) || a.x - b.x)
    .map(mk => ({
      id: mk.id,
      x: mk.x,
      y: mk.y,
      r,
      // A margin on the estimate, more for the bold labels of highlighted models, so no two labels touch.
      width: textWidth(nameOf.get(mk.id)!, g.labelSize) * (highlighted.includes(mk.id) ? 1.18 : 1.08) + 3,
      height: g.labelSize + 2,
      bounds: mk.value === null ? g.strip : g.plot,
      far: highlighted.includes(mk.id),
    }))
  // Shapes reach a little past r (the cross, the triangle): their boxes are a pixel larger.
  const markBoxes = marks.map(mk => ({ x: mk.x - r - 1, y: mk.y - r - 1, width: 2 * r + 2, height: 2 * r + 2 }))
  const labels = placeLabels(requests, markBoxes)

  const xTicks: TimelineLayout['xTicks'] = []
  for (let year = Math.ceil(first / 12); year * 12 <= last; year++)
    xTicks.push({ x: x(year * 12), label: String(year) })
  const yTicks: TimelineLayout['yTicks'] = sizeTicks(g.minB, g.maxB)
    .map(v => ({ y: y(v), label: sizeLabel(v), major: Number(v.toPrecision(1)).toExponential().startsWith('1') }))
  const clampX = (v: number) => Math.max(g.plot.x, Math.min(g.plot.x + g.plot.width, v))
  return {
    phone,
    width: g.width,
    height: g.height,
    markRadius: r,
    text: { ...g.text },
    eraNameY: g.plot.y + g.eraNameDy,
    yearY: g.plot.y + g.plot.height + g.yearDy,
    stripTitleY: [g.strip.y + g.strip.height / 2 + g.stripTitleDy[0], g.strip.y + g.strip.height / 2 + g.stripTitleDy[1]],
    axisTitleX: g.axisTitleX,
    plot: { ...g.plot },
    strip: { ...g.strip },
    marks,
    labels,
    xTicks,
    yTicks,
    eras: eras.map(e => ({ id: e.id, short: e.short, x0: clampX(x(monthIndex(e.from))), x1: clampX(x(monthIndex(e.to) + 1)) })),
  }
}

/** The sizes' axis labels, as the layout writes them (1, 2 and 5 a decade within the axis). */
function sizeTicks(minB: number, maxB: number): number[] {
  return [-1, 0, 1, 2, 3].flatMap(e => [1, 2, 5].map(k => k * 10 ** e)).filter(v => v >= minB && v <= maxB)
}

const sizeLabel = (v: number) => formatTokens(Number(v.toPrecision(1)))

/** The slide's geometry laid out again for a phone `width` px wide, the months `span` months across. */
function phoneGeometry(width: number, span: number) {
  const p = TIMELINE_PHONE_GEOMETRY
  const g = TIMELINE_GEOMETRY
  const labels = [...sizeTicks(g.minB, g.maxB).map(sizeLabel), '规模', '未公开']
  const left = Math.ceil(p.titleColumn + Math.max(...labels.map(l => textWidth(l, p.text.axis))) + p.tickGap)
  const plotWidth = Math.max(p.monthWidth * span, width - left - p.rightPadding)
  const plot = { x: left, y: p.plotTop, width: plotWidth, height: p.plotHeight }
  const strip = { x: left, y: plot.y + plot.height + p.stripGap, width: plotWidth, height: p.stripHeight }
  return {
    ...g,
    ...p,
    width: left + plotWidth + p.rightPadding,
    height: strip.y + strip.height + p.bottomPadding,
    plot,
    strip,
  }
}
