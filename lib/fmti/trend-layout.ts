/**
 * The FMTI trend chart: each developer's total (out of 100) in each edition it was scored in, the same developer
 * joined across consecutive editions, and the mean per edition. Pure: positions in a fixed viewBox, no DOM.
 */
import { scaleLinear } from 'd3-scale'
import { dodgeLabels } from '../chart/dodge'
import { clampStep } from '../chart/steps'
import { mean } from '../math/sum-and-mean'
import { developerTotal } from './edition-facts'

export interface TrendEditionInput { id: string, published: string, name: string, developers: { id: string, name: string, scores: readonly number[] }[] }

/** Steps: 0 the 2023 edition, 1 adds 2024, 2 adds 2025, 3 highlights the largest falls and rises into the last edition. */
export const TREND_STEPS = 3

export const TREND_GEOMETRY = { width: 900, height: 390, top: 18, bottom: 330, left: 64, columnGap: 300, labelGap: 16, labelSpacing: 15.5 }

export interface TrendPoint { developer: string, name: string, edition: string, total: number, x: number, y: number }
export interface TrendSegment { developer: string, from: TrendPoint, to: TrendPoint, change: number }
export interface TrendColumn { edition: string, label: string, sublabel: string, x: number, mean: number, meanY: number, count: number }
export interface TrendLabel { developer: string, edition: string, text: string, x: number, y: number, anchorY: number }
export interface TrendLayout {
  width: number
  height: number
  columns: TrendColumn[]
  points: TrendPoint[]
  segments: TrendSegment[]
  ticks: { value: number, y: number }[]
  /** Developers whose change into the last edition is among the largest falls / rises. */
  falls: string[]
  rises: string[]
}

export function trendLayout(editions: readonly TrendEditionInput[], options: { falls?: number, rises?: number } = {}): TrendLayout {
  const g = TREND_GEOMETRY
  const y = scaleLinear().domain([0, 100]).range([g.bottom, g.top])
  const columns: TrendColumn[] = editions.map((e, i) => {
    const m = mean(e.developers.map(developerTotal))
    return {
      edition: e.id,
      label: `${e.published.slice(0, 4)} 年 ${Number(e.published.slice(5))} 月`,
      sublabel: `${e.name} · ${e.developers.length} 家`,
      x: g.left + 40 + i * g.columnGap,
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
    width: g.width,
    height: g.height,
    columns,
    points,
    segments,
    ticks: [0, 25, 50, 75, 100].map(v => ({ value: v, y: y(v) })),
    falls,
    rises,
  }
}

/** The developer names beside one column, spread apart so that they do not overlap. */
export function columnLabels(layout: TrendLayout, edition: string): TrendLabel[] {
  const g = TREND_GEOMETRY
  const pts = layout.points.filter(p => p.edition === edition)
  const ys = dodgeLabels(pts.map(p => p.y), g.labelSpacing, g.top - 4, g.bottom + 4)
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
