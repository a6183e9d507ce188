import type { OpennessArtefactId, OpennessModelId, OpennessStageId, OpennessValue } from '../data/openness-ids'
import { adjacentRuns } from '../chart/adjacent-runs'
import { stackGroupedRows } from '../matrix/grouped-rows'
import { type OpennessScore, opennessScore } from './score'
import type { OpennessSource } from './source'

/** Sizes in SVG user units; the SVG has a fixed viewBox, so the chart never measures its container. */
export const MATRIX_GEOMETRY = {
  width: 1000,
  /** Group tags ("完全开源") above the column headers. */
  tagHeight: 22,
  headerTop: 26,
  headerHeight: 42,
  stageLabelWidth: 80,
  rowLabelWidth: 140,
  columnWidth: 92,
  rowHeight: 25,
  stageGap: 9,
  scoreGap: 11,
  barHeight: 8,
  barPadding: 14,
  scoreHeight: 40,
  panelGap: 22,
} as const

export interface MatrixRow { id: OpennessArtefactId, stage: OpennessStageId, label: string, y: number, height: number }
export interface MatrixStage { id: OpennessStageId, label: string, y0: number, y1: number }
export interface MatrixColumn { id: OpennessModelId, name: string, developer: string, x: number, width: number }
export interface MatrixMark {
  key: string
  row: OpennessArtefactId
  col: OpennessModelId
  stage: OpennessStageId
  value: OpennessValue
  /** The badge's centre. */
  cx: number
  cy: number
  /** The cell around it, the hover and focus target. */
  cell: { x: number, y: number, width: number, height: number }
}
export interface MatrixScore extends OpennessScore { col: OpennessModelId, x: number, width: number, barY: number, textY: number }

export interface OpennessLayout {
  width: number
  height: number
  gridLeft: number
  gridTop: number
  gridRight: number
  gridBottom: number
  rows: MatrixRow[]
  stages: MatrixStage[]
  columns: MatrixColumn[]
  marks: MatrixMark[]
  scores: MatrixScore[]
  /** The strip right of the grid, for the legend and the notes on the groups. */
  panel: { x: number, width: number }
}

/**
 * Places every row, column, mark and score; the click steps only change what is visible, so nothing moves when a
 * stage appears. Rows follow the data's artefact order with a gap between stages; columns follow the models.
 */
export function opennessLayout(data: OpennessSource): OpennessLayout {
  const g = MATRIX_GEOMETRY
  const gridLeft = g.stageLabelWidth + g.rowLabelWidth
  const gridTop = g.headerTop + g.headerHeight
  const stageLabel = new Map(data.stages.map(s => [s.id, s.label]))

  const stacked = stackGroupedRows(data.artefacts.map(a => a.stage), { top: gridTop, rowHeight: g.rowHeight, gap: g.stageGap })
  const rows: MatrixRow[] = data.artefacts.map((a, i) => ({ id: a.id, stage: a.stage, label: a.label, y: stacked.ys[i]!, height: g.rowHeight }))
  const stages: MatrixStage[] = stacked.spans.map(s => ({ id: s.id, label: stageLabel.get(s.id) ?? s.id, y0: s.y0, y1: s.y1 }))
  const gridBottom = stacked.bottom

  const columns: MatrixColumn[] = data.models.map((m, i) => ({
    id: m.id,
    name: m.name,
    developer: m.developer,
    x: gridLeft + i * g.columnWidth,
    width: g.columnWidth,
  }))
  const gridRight = gridLeft + columns.length * g.columnWidth

  const marks: MatrixMark[] = rows.flatMap(r => columns.map((c) => {
    const value = data.models.find(m => m.id === c.id)!.ratings[r.id]
    if (value === undefined)
      throw new Error(`missing rating: ${c.id} x ${r.id}`)
    return {
      key: `${r.id}|${c.id}`,
      row: r.id,
      col: c.id,
      stage: r.stage,
      value,
      cx: c.x + c.width / 2,
      cy: r.y + r.height / 2,
      cell: { x: c.x + 1, y: r.y + 1, width: c.width - 2, height: r.height - 2 },
    }
  }))

  const artefactIds = data.artefacts.map(a => a.id)
  const barY = gridBottom + g.scoreGap
  const scores: MatrixScore[] = data.models.map((m, i) => ({
    ...opennessScore(m, artefactIds),
    col: m.id,
    x: columns[i]!.x + g.barPadding,
    width: g.columnWidth - 2 * g.barPadding,
    barY,
    textY: barY + g.barHeight + 18,
  }))

  const panelX = gridRight + g.panelGap
  return {
    width: g.width,
    height: barY + g.scoreHeight,
    gridLeft,
    gridTop,
    gridRight,
    gridBottom,
    rows,
    stages,
    columns,
    marks,
    scores,
    panel: { x: panelX, width: g.width - panelX },
  }
}

/** The runs of adjacent columns among `ids`, left to right: one tag spans each run. */
export function columnSpans(columns: readonly MatrixColumn[], ids: readonly string[]): { ids: OpennessModelId[], x0: number, x1: number }[] {
  return adjacentRuns(columns.map(c => ({ id: c.id, y: c.x, height: c.width })), id => ids.includes(id))
    .map(run => ({ ids: run.ids as OpennessModelId[], x0: run.y, x1: run.y + run.height }))
}
