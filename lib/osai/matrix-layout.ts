import type { OsaiClass } from './score'
import { osaiModelScore } from './score'
import { PHONE } from '../chart/phone'
import { clampStep } from '../chart/steps'
import { textWidth } from '../chart/text-width'
import { stackGroupedRows } from '../matrix/grouped-rows'

/** What the matrix needs of data/osai-index.json. */
export interface OsaiMatrixSource {
  groups: readonly { id: string, name: string, nameZh: string, parameters: readonly string[] }[]
  parameters: readonly { id: string, name: string, nameZh: string, group: string }[]
  models: readonly { id: string, name: string, org: string, endModel: string, license?: string, released: string | null, ratings: Readonly<Record<string, { class: OsaiClass, links: readonly string[], note: string }>> }[]
}

/** SVG user units; fixed viewBox. */
export const OSAI_MATRIX_GEOMETRY = {
  width: 1040,
  groupLabelWidth: 60,
  /** The bracket's label sizes (MatrixBracket): the Chinese name in bold, the English under it. */
  groupLabelSize: 14,
  groupLabelEnSize: 13,
  rowLabelWidth: 238,
  headerHeight: 44,
  rowHeight: 25,
  groupGap: 10,
  scoreGap: 8,
  scoreHeight: 34,
  legendHeight: 30,
} as const

/** A phone's sizes in screen px: each group's heading above its rows, rows a finger high. */
const PHONE_OSAI = { groupHeading: 32, minColumnWidth: 52, maxLabelShare: 0.45 }

export interface OsaiMatrixRow { id: string, group: string, label: string, labelEn: string, y: number, height: number }
/**
 * A group's rows, y0 to y1; on a phone its name heads them (at `heading`) rather than standing beside a bracket. On
 * the slide a name too wide for the room left of its bracket is `turned` along it, one line each for its two names.
 */
export interface OsaiMatrixGroup { id: string, label: string, labelEn: string, y0: number, y1: number, heading?: { x: number, y: number }, turned?: boolean }
/** A column's header: its name's lines at their baselines, squeezed to the column's width on the slide when long. */
export interface OsaiMatrixColumn { id: string, lines: string[], header: { text: string, y: number, fit?: number }[], org: string, x: number, width: number, cx: number, phase: 'lecture' | 'newer' }
/** The key under the matrix: where it goes, each class's entry, and the score's formula on one line or more. */
export interface OsaiMatrixLegend { x: number, y: number, width: number, height: number, items: { x: number, y: number }[], formula: { x: number, y: number, lines: string[] } }
export interface OsaiMatrixMark {
  key: string
  row: string
  col: string
  value: OsaiClass
  cx: number
  cy: number
  cell: { x: number, y: number, width: number, height: number }
  phase: 'lecture' | 'newer'
}
export interface OsaiMatrixScore { col: string, score: number, label: string, x: number, width: number, y: number }

/** A model's name on at most two lines of about 8 characters: "Mistral Large 3" → ["Mistral", "Large 3"]. */
export function headerLines(name: string, max = 8): string[] {
  const words = name.split(/\s+/)
  if (name.length <= max || words.length === 1)
    return [name]
  let best = [name]
  let bestWidth = Infinity
  for (let i = 1; i < words.length; i++) {
    const a = words.slice(0, i).join(' ')
    const b = words.slice(i).join(' ')
    const w = Math.max(a.length, b.length)
    if (w < bestWidth) {
      best = [a, b]
      bestWidth = w
    }
  }
  return best
}

/**
 * The matrix: one row per parameter in the index's group order, one column per chosen model (the lecture's first),
 * one mark per cell, and the score under each column. Throws when a chosen model is not in the data.
 *
 * On a phone (`width`, in screen px) the parameters' Chinese names take a column of their own (the chart keeps it in
 * view while the models scroll sideways), each group's name heads its rows, each column is as wide as its name's
 * lines in bold at 14 px, rows are 44 px, and the key stacks under the plot at the screen's width.
 */
export function osaiMatrixLayout(data: OsaiMatrixSource, lectureIds: readonly string[], newerIds: readonly string[], options: { width?: number } = {}) {
  const phone = options.width !== undefined
  const ids = [...lectureIds, ...newerIds]
  const byId = new Map(data.models.map(m => [m.id, m]))
  const models = ids.map((id) => {
    const m = byId.get(id)
    if (!m)
      throw new Error(`osai matrix: model "${id}" is not in data/osai-index.json`)
    return m
  })
  const parameters = data.groups.flatMap(gr => gr.parameters.map((pid) => {
    const p = data.parameters.find(q => q.id === pid)
    if (!p)
      throw new Error(`osai matrix: group "${gr.id}" lists unknown parameter "${pid}"`)
    return { ...p, group: gr.id }
  }))
  const bold = (text: string) => textWidth(text, PHONE.text) * 1.08
  const phoneLines = models.map(m => headerLines(m.name))
  const g = phone
    ? {
        ...OSAI_MATRIX_GEOMETRY,
        groupLabelWidth: 0,
        rowLabelWidth: Math.ceil(Math.min(options.width! * PHONE_OSAI.maxLabelShare, Math.max(...parameters.map(p => textWidth(p.nameZh, PHONE.text) + 16)))),
        headerHeight: Math.max(...phoneLines.map(l => l.length)) * PHONE.line + 12,
        rowHeight: PHONE.touch,
        groupGap: PHONE_OSAI.groupHeading,
        scoreHeight: 40,
      }
    : OSAI_MATRIX_GEOMETRY
  const gridLeft = g.groupLabelWidth + g.rowLabelWidth
  const widths = phone
    ? phoneLines.map(lines => Math.ceil(Math.max(PHONE_OSAI.minColumnWidth, ...lines.map(l => bold(l) + 12))))
    : ids.map(() => (g.width - gridLeft) / ids.length)
  const xs = widths.map((_, i) => gridLeft + widths.slice(0, i).reduce((a, b) => a + b, 0))
  const columns: OsaiMatrixColumn[] = models.map((m, i) => {
    const lines = phone ? phoneLines[i]! : headerLines(m.name)
    return {
      id: m.id,
      lines,
      header: lines.map((text, k) => phone
        ? { text, y: g.headerHeight - 10 - (lines.length - 1 - k) * PHONE.line }
        : { text, y: (lines.length === 1 ? 28 : 18) + k * 16, ...(text.length > 7 ? { fit: widths[i]! - 5 } : {}) }),
      org: m.org,
      x: xs[i]!,
      width: widths[i]!,
      cx: xs[i]! + widths[i]! / 2,
      phase: i < lectureIds.length ? 'lecture' : 'newer',
    }
  })
  // On a phone each group starts with its heading: the stacking's gap before every group, the first included.
  const stacked = stackGroupedRows(parameters.map(p => p.group), { top: g.headerHeight + (phone ? g.groupGap : 0), rowHeight: g.rowHeight, gap: g.groupGap })
  const rows: OsaiMatrixRow[] = parameters.map((p, i) => ({ id: p.id, group: p.group, label: p.nameZh, labelEn: p.name, y: stacked.ys[i]!, height: g.rowHeight }))
  const groupOf = new Map(data.groups.map(gr => [gr.id, gr]))
  /** The room for a name left of its bracket: up to the label gap (12, MatrixBracket), less a margin of 4. */
  const besideBracket = g.groupLabelWidth - 12 - 4
  const groups: OsaiMatrixGroup[] = stacked.spans.map((s) => {
    const { nameZh: label, name: labelEn } = groupOf.get(s.id)!
    const tall = s.y1 - s.y0 > 40
    const wide = textWidth(label, g.groupLabelSize) * 1.08 > besideBracket || (tall && textWidth(labelEn, g.groupLabelEnSize) > besideBracket)
    return {
      id: s.id,
      label,
      labelEn,
      y0: s.y0,
      y1: s.y1,
      ...(phone ? { heading: { x: 4, y: s.y0 - 10 } } : wide && tall ? { turned: true } : {}),
    }
  })
  const gridBottom = stacked.bottom
  const marks: OsaiMatrixMark[] = []
  for (const c of columns) {
    const m = byId.get(c.id)!
    for (const r of rows) {
      const rating = m.ratings[r.id]
      if (!rating)
        throw new Error(`osai matrix: model "${c.id}" has no rating for "${r.id}"`)
      marks.push({
        key: `${r.id}|${c.id}`,
        row: r.id,
        col: c.id,
        value: rating.class,
        cx: c.cx,
        cy: r.y + r.height / 2,
        cell: { x: c.x + 1, y: r.y + 1, width: c.width - 2, height: r.height - 2 },
        phase: c.phase,
      })
    }
  }
  const scoreY = gridBottom + g.scoreGap
  const scores: OsaiMatrixScore[] = columns.map((c) => {
    const m = byId.get(c.id)!
    const score = osaiModelScore(m, rows.map(r => r.id))
    return { col: c.id, score, label: score.toFixed(2), x: c.x, width: c.width, y: scoreY }
  })
  const legendY = scoreY + g.scoreHeight + 6
  const gridRight = xs.at(-1)! + widths.at(-1)!
  const legend: OsaiMatrixLegend = phone
    ? {
        x: 0,
        y: 0,
        width: options.width!,
        height: 3 * 26 + 2 * PHONE.line + 12,
        items: [0, 1, 2].map(i => ({ x: 10, y: 12 + i * 26 })),
        formula: { x: 0, y: 3 * 26 + 12, lines: ['score = mean(open 1,', 'partial 0.5, closed 0)'] },
      }
    : {
        x: gridLeft,
        y: legendY + 12,
        width: g.width - gridLeft,
        height: g.legendHeight,
        items: [0, 1, 2].map(i => ({ x: 10 + i * 150, y: 0 })),
        formula: { x: 470, y: 0, lines: ['score = mean(open 1, partial 0.5, closed 0)'] },
      }
  return {
    phone,
    g,
    width: phone ? gridRight + 2 : g.width,
    height: phone ? scoreY + g.scoreHeight : legendY + g.legendHeight,
    gridLeft,
    gridBottom,
    legendY,
    legend,
    columns,
    rows,
    groups,
    marks,
    scores,
  }
}

export type OsaiMatrixLayout = ReturnType<typeof osaiMatrixLayout>

/** Click steps: 0 the lecture's models, 1 also the newer ones, 2 the scores. */
export const OSAI_MATRIX_STEPS = 2
export function osaiMatrixStepState(step: number) {
  const s = clampStep(step, OSAI_MATRIX_STEPS)
  return { phases: s >= 1 ? ['lecture', 'newer'] as const : ['lecture'] as const, showScores: s >= 2 }
}

/** What step k shows, in a sentence, for screen readers: the models each phase adds, then the scores. */
export function osaiMatrixStepCaption(step: number, lecture: readonly string[], newer: readonly string[]): string {
  return [
    `课上讨论的 ${lecture.length} 个模型：${lecture.join('、')}。`,
    `加上较新的 ${newer.length} 个模型：${newer.join('、')}。`,
    '每个模型的得分：开放记 1，部分开放记 0.5，封闭记 0，取平均。',
  ][clampStep(step, OSAI_MATRIX_STEPS)]!
}
