/**
 * The FMTI trend chart: each developer's total (out of 100) in each edition it was scored in, the same developer
 * joined across consecutive editions, and the mean per edition. Pure: positions in a fixed viewBox, no DOM.
 */
import { scaleLinear } from 'd3-scale'
import { dodgeLabels } from '../chart/dodge'
import { PHONE } from '../chart/phone'
import { clampStep } from '../chart/steps'
import { textWidth } from '../chart/text-width'
import { mean } from '../math/sum-and-mean'
import { developerTotal } from './edition-facts'

export interface TrendEditionInput { id: string, published: string, name: string, developers: { id: string, name: string, scores: readonly number[] }[] }

/** Steps: 0 the 2023 edition, 1 adds 2024, 2 adds 2025, 3 highlights the largest falls and rises into the last edition. */
export const TREND_STEPS = 3

export const TREND_GEOMETRY = { width: 900, height: 390, top: 18, bottom: 330, left: 64, columnGap: 300, labelGap: 16, labelSpacing: 15.5 }
export type TrendGeometry = Omit<typeof TREND_GEOMETRY, 'columnGap'>

/**
 * A phone's geometry, in screen px: the axis's title above the plot, 0–100 over 270 px, the editions' dates, means
 * and the highlights' key under it.
 */
const PHONE_TREND = { top: 34, plotHeight: 270, left: 34, labelGap: 14, labelSpacing: PHONE.line, below: 116 }

export interface TrendPoint { developer: string, name: string, edition: string, total: number, x: number, y: number }
export interface TrendSegment { developer: string, from: TrendPoint, to: TrendPoint, change: number }
export interface TrendColumn {
  edition: string
  label: string
  sublabel: string
  /** On a phone, the date and the mean as lines under the column. */
  lines: string[]
  x: number
  mean: number
  meanY: number
  count: number
}
export interface TrendLabel { developer: string, edition: string, text: string, x: number, y: number, anchorY: number }
export interface TrendLayout {
  /** Laid out for a phone's width: labels at 14 px, each column's date and mean under it, no mean beside its mark. */
  phone: boolean
  /** The plot's frame and the labels' spacing, as `columnLabels` and the chart draw them. */
  g: TrendGeometry
  width: number
  height: number
  columns: TrendColumn[]
  points: TrendPoint[]
  segments: TrendSegment[]
  ticks: { value: number, y: number }[]
  /** Developers whose change into the last edition is among the largest falls / rises. */
  falls: string[]
  rises: string[]
  /** The highlights' key (the last step): its first entry at x, y, the second at `second` from there. */
  legend: { x: number, y: number, second: { x: number, y: number } }
}

export interface TrendLayoutOptions {
  falls?: number
  rises?: number
  /** The width of a phone's screen the chart is drawn at, in px: the phone layout, sized in screen px. */
  width?: number
}

/**
 * Places the editions' columns, every developer's point and the segments joining them. On a phone (`width`), the
 * columns share the screen's width, leaving room right of the last for its developers' names at 14 px.
 */
export function trendLayout(editions: readonly TrendEditionInput[], options: TrendLayoutOptions = {}): TrendLayout {
  const phone = options.width !== undefined
  const g: TrendGeometry = phone
    ? { width: options.width!, height: PHONE_TREND.top + PHONE_TREND.plotHeight + PHONE_TREND.below, top: PHONE_TREND.top, bottom: PHONE_TREND.top + PHONE_TREND.plotHeight, left: PHONE_TREND.left, labelGap: PHONE_TREND.labelGap, labelSpacing: PHONE_TREND.labelSpacing }
    : TREND_GEOMETRY
  const y = scaleLinear().domain([0, 100]).range([g.bottom, g.top])
  // On a phone the last column stands where its longest label still ends inside the screen.
  const longest = Math.max(...editions.at(-1)!.developers.map(d => textWidth(`${d.name} ${developerTotal(d)}`, PHONE.text)))
  const first = g.left + (phone ? 26 : 40)
  const gap = phone ? (g.width - g.labelGap - longest - first) / Math.max(1, editions.length - 1) : TREND_GEOMETRY.columnGap
  const columns: TrendColumn[] = editions.map((e, i) => {
    const m = mean(e.developers.map(developerTotal))
    const label = `${e.published.slice(0, 4)} 年 ${Number(e.published.slice(5))} 月`
    return {
      edition: e.id,
      label,
      sublabel: `${e.name} · ${e.developers.length} 家`,
      lines: phone ? [`${e.published.slice(0, 4)} 年`, `${Number(e.published.slice(5))} 月`, `平均 ${m.toFixed(1)}`] : [label],
      x: first + i * gap,
      mean: m,
      meanY: y(m),
      count: e.developers.length,
    }
  })
  const points: TrendPoint[] = editions.flatMap((e, i) => e.developers.map((d) => {
    const total = developerTotal(d)
    return { developer: d.id, name: d.name, edition: e.id, total, x: columns[i]!.x, y: y(total) }
  }))
  const segments: TrendSegment[] = []
  for (let i = 1; i < editions.length; i++) {
    for (const to of points.filter(p => p.edition === editions[i]!.id)) {
      // The developer's previous edition, if it was scored in one (the chart joins the same developer across them).
      const from = points.filter(p => p.developer === to.developer && editions.findIndex(e => e.id === p.edition) < i).at(-1)
      if (from)
        segments.push({ developer: to.developer, from, to, change: to.total - from.total })
    }
  }
  const last = editions.at(-1)?.id
  const intoLast = segments.filter(s => s.to.edition === last)
  const falls = intoLast.filter(s => s.change < 0).sort((a, b) => a.change - b.change).slice(0, options.falls ?? 3).map(s => s.developer)
  const rises = intoLast.filter(s => s.change > 0).sort((a, b) => b.change - a.change).slice(0, options.rises ?? 2).map(s => s.developer)
  return {
    phone,
    g,
    width: g.width,
    height: g.height,
    columns,
    points,
    segments,
    ticks: [0, 25, 50, 75, 100].map(v => ({ value: v, y: y(v) })),
    falls,
    rises,
    legend: phone
      ? { x: 0, y: g.bottom + 22 + 3 * PHONE.line + 16, second: { x: 0, y: 22 } }
      : { x: g.left + 24, y: g.top + 6, second: { x: 170, y: 0 } },
  }
}

/** The developer names beside one column, spread apart so that they do not overlap. */
export function columnLabels(layout: TrendLayout, edition: string): TrendLabel[] {
  const g = layout.g
  const pts = layout.points.filter(p => p.edition === edition)
  // On a phone the column's date stands right under the axis, so the lowest name stays above it.
  const ys = dodgeLabels(pts.map(p => p.y), g.labelSpacing, g.top - 4, layout.phone ? g.bottom - 4 : g.bottom + 4)
  return pts.map((p, i) => ({ developer: p.developer, edition, text: `${p.name} ${p.total}`, x: p.x + g.labelGap, y: ys[i]!, anchorY: p.y }))
}

export interface TrendStepState { visible: Set<string>, highlight: boolean, labelled: string }

/** Which editions a step shows, and whether the falls and rises stand out. */
export function trendStepState(editionIds: readonly string[], step: number): TrendStepState {
  const s = clampStep(step, TREND_STEPS)
  const shown = editionIds.slice(0, Math.min(editionIds.length, s + 1))
  return { visible: new Set(shown), highlight: s >= TREND_STEPS, labelled: shown.at(-1)! }
}

/** What step k shows, in a sentence, for screen readers: the edition it adds, or the developers it highlights. */
export function trendStepCaption(layout: TrendLayout, step: number, nameOf: (developer: string) => string): string {
  const s = clampStep(step, TREND_STEPS)
  const c = layout.columns[Math.min(s, layout.columns.length - 1)]!
  if (s < TREND_STEPS)
    return `${c.label}（${c.sublabel}）：平均 ${c.mean.toFixed(1)} 分。`
  return `${c.label}降幅最大：${layout.falls.map(nameOf).join('、')}；升幅最大：${layout.rises.map(nameOf).join('、')}。`
}
