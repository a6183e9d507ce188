import type { OsaiClass } from './score'
import { osaiModelScore } from './score'
import { clampStep } from '../chart/steps'
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
  rowLabelWidth: 238,
  headerHeight: 44,
  rowHeight: 25,
  groupGap: 10,
  scoreGap: 8,
  scoreHeight: 34,
  legendHeight: 30,
} as const

export interface OsaiMatrixRow { id: string, group: string, label: string, labelEn: string, y: number, height: number }
export interface OsaiMatrixGroup { id: string, label: string, labelEn: string, y0: number, y1: number }
export interface OsaiMatrixColumn { id: string, lines: string[], org: string, x: number, width: number, cx: number, phase: 'lecture' | 'newer' }
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
 */
export function osaiMatrixLayout(data: OsaiMatrixSource, lectureIds: readonly string[], newerIds: readonly string[]) {
  const g = OSAI_MATRIX_GEOMETRY
  const gridLeft = g.groupLabelWidth + g.rowLabelWidth
  const ids = [...lectureIds, ...newerIds]
  const colWidth = (g.width - gridLeft) / ids.length
  const byId = new Map(data.models.map(m => [m.id, m]))
  const models = ids.map((id) => {
    const m = byId.get(id)
    if (!m)
      throw new Error(`osai matrix: model "${id}" is not in data/osai-index.json`)
    return m
  })
  const columns: OsaiMatrixColumn[] = models.map((m, i) => ({
    id: m.id,
    lines: headerLines(m.name),
    org: m.org,
    x: gridLeft + i * colWidth,
    width: colWidth,
    cx: gridLeft + (i + 0.5) * colWidth,
    phase: i < lectureIds.length ? 'lecture' : 'newer',
  }))
  const parameters = data.groups.flatMap(gr => gr.parameters.map((pid) => {
    const p = data.parameters.find(q => q.id === pid)
    if (!p)
      throw new Error(`osai matrix: group "${gr.id}" lists unknown parameter "${pid}"`)
    return { ...p, group: gr.id }
  }))
  const stacked = stackGroupedRows(parameters.map(p => p.group), { top: g.headerHeight, rowHeight: g.rowHeight, gap: g.groupGap })
  const rows: OsaiMatrixRow[] = parameters.map((p, i) => ({ id: p.id, group: p.group, label: p.nameZh, labelEn: p.name, y: stacked.ys[i]!, height: g.rowHeight }))
  const groupOf = new Map(data.groups.map(gr => [gr.id, gr]))
  const groups: OsaiMatrixGroup[] = stacked.spans.map(s => ({ id: s.id, label: groupOf.get(s.id)!.nameZh, labelEn: groupOf.get(s.id)!.name, y0: s.y0, y1: s.y1 }))
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
  return { width: g.width, height: legendY + g.legendHeight, gridLeft, gridBottom, legendY, columns, rows, groups, marks, scores }
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
