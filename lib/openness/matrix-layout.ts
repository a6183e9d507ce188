import type { OpennessArtefactId, OpennessModelId, OpennessStageId, OpennessValue } from '../data/openness-ids'
import { adjacentRuns } from '../chart/adjacent-runs'
import { PHONE } from '../chart/phone'
import { textWidth, wrapText } from '../chart/text-width'
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

/** What the chart draws with beyond the rows' and columns' own boxes. */
export interface MatrixGeometry { stageLabelWidth: number, rowLabelWidth: number, tagHeight: number, headerTop: number, headerHeight: number, barHeight: number }

/** A phone's sizes in screen px: a stage's heading above its rows, the group tags and headers at 14 px. */
const PHONE_MATRIX = { stageHeading: 30, tagHeight: 26, minColumnWidth: 56, maxLabelShare: 0.45, barPadding: 10 }

export interface MatrixRow { id: OpennessArtefactId, stage: OpennessStageId, label: string, y: number, height: number }
/** A stage's rows, y0 to y1; on a phone its name is a heading above them (at `heading`) rather than beside a bracket. */
export interface MatrixStage { id: OpennessStageId, label: string, y0: number, y1: number, heading?: { x: number, y: number } }
/** A line of a column header, relative to the header's top: the model's name, or its developer (`sub`). */
export interface MatrixHeaderLine { text: string, y: number, sub: boolean }
export interface MatrixColumn { id: OpennessModelId, name: string, developer: string, header: MatrixHeaderLine[], x: number, width: number }
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
  /** Laid out for a phone: the row labels apart from the grid, which scrolls sideways; the panel under both. */
  phone: boolean
  /** The frame the chart draws with: the stages' and labels' widths, the tags' and headers' heights, the bars'. */
  g: MatrixGeometry
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
  /** The strip right of the grid for the legend and the notes on the groups; on a phone, its own box under the plot. */
  panel: { x: number, width: number }
}

export interface OpennessLayoutOptions {
  /** The width of a phone's screen the chart is drawn at, in px: the phone layout, sized in screen px. */
  width?: number
}

/**
 * Places every row, column, mark and score; the click steps only change what is visible, so nothing moves when a
 * stage appears. Rows follow the data's artefact order with a gap between stages; columns follow the models.
 */
export function opennessLayout(data: OpennessSource, options: OpennessLayoutOptions = {}): OpennessLayout {
  const phone = options.width !== undefined
  const p = PHONE_MATRIX
  // On a phone: the row labels' column as wide as the longest at 14 px (within a share of the screen); each column
  // as wide as its name in bold and its developer's longest word; rows a finger high.
  const rowLabelWidth = phone
    ? Math.ceil(Math.min(options.width! * p.maxLabelShare, Math.max(...data.artefacts.map(a => textWidth(a.label, PHONE.text) + 16))))
    : MATRIX_GEOMETRY.rowLabelWidth
  const columnWidthOf = (m: { name: string, developer: string }) => phone
    ? Math.ceil(Math.max(p.minColumnWidth, textWidth(m.name, PHONE.text) * 1.08 + 12, ...m.developer.split(' ').map(w => textWidth(w, PHONE.text) + 12)))
    : MATRIX_GEOMETRY.columnWidth
  const headerOf = (m: { name: string, developer: string }, width: number): MatrixHeaderLine[] => phone
    ? [{ text: m.name, y: 17, sub: false }, ...wrapText(m.developer, (width - 8) / PHONE.text).map((text, i) => ({ text, y: 34 + i * PHONE.line, sub: true }))]
    : [{ text: m.name, y: 18, sub: false }, { text: m.developer, y: 34, sub: true }]
  const widths = data.models.map(columnWidthOf)
  const headers = data.models.map((m, i) => headerOf(m, widths[i]!))
  const tagHeight = phone ? p.tagHeight : MATRIX_GEOMETRY.tagHeight
  const headerTop = phone ? tagHeight + 4 : MATRIX_GEOMETRY.headerTop
  const headerHeight = phone ? Math.max(...headers.map(h => h.at(-1)!.y)) + 10 : MATRIX_GEOMETRY.headerHeight
  const g: MatrixGeometry = {
    barHeight: MATRIX_GEOMETRY.barHeight,
    stageLabelWidth: phone ? 0 : MATRIX_GEOMETRY.stageLabelWidth,
    rowLabelWidth,
    tagHeight,
    headerTop,
    headerHeight,
  }
  const rowHeight = phone ? PHONE.touch : MATRIX_GEOMETRY.rowHeight
  const gridLeft = g.stageLabelWidth + g.rowLabelWidth
  const gridTop = g.headerTop + g.headerHeight
  const stageLabel = new Map(data.stages.map(s => [s.id, s.label]))

  // On a phone each stage starts with its heading: the stacking's gap before every stage, the first included.
  const heading = phone ? p.stageHeading : 0
  const stacked = stackGroupedRows(data.artefacts.map(a => a.stage), { top: gridTop + heading, rowHeight, gap: phone ? heading : MATRIX_GEOMETRY.stageGap })
  const rows: MatrixRow[] = data.artefacts.map((a, i) => ({ id: a.id, stage: a.stage, label: a.label, y: stacked.ys[i]!, height: rowHeight }))
  const stages: MatrixStage[] = stacked.spans.map(s => ({
    id: s.id,
    label: stageLabel.get(s.id) ?? s.id,
    y0: s.y0,
    y1: s.y1,
    ...(phone ? { heading: { x: 4, y: s.y0 - 9 } } : {}),
  }))
  const gridBottom = stacked.bottom

  let x = gridLeft
  const columns: MatrixColumn[] = data.models.map((m, i) => {
    const column = { id: m.id, name: m.name, developer: m.developer, header: headers[i]!, x, width: widths[i]! }
    x += widths[i]!
    return column
  })
  const gridRight = x

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
  const barY = gridBottom + MATRIX_GEOMETRY.scoreGap
  const barPadding = phone ? p.barPadding : MATRIX_GEOMETRY.barPadding
  const scores: MatrixScore[] = data.models.map((m, i) => ({
    ...opennessScore(m, artefactIds),
    col: m.id,
    x: columns[i]!.x + barPadding,
    width: columns[i]!.width - 2 * barPadding,
    barY,
    textY: barY + g.barHeight + 18,
  }))

  const panelX = gridRight + MATRIX_GEOMETRY.panelGap
  return {
    phone,
    g,
    width: phone ? gridRight + 2 : MATRIX_GEOMETRY.width,
    height: barY + MATRIX_GEOMETRY.scoreHeight,
    gridLeft,
    gridTop,
    gridRight,
    gridBottom,
    rows,
    stages,
    columns,
    marks,
    scores,
    panel: phone ? { x: 0, width: options.width! } : { x: panelX, width: MATRIX_GEOMETRY.width - panelX },
  }
}

/** The runs of adjacent columns among `ids`, left to right: one tag spans each run. */
export function columnSpans(columns: readonly MatrixColumn[], ids: readonly string[]): { ids: OpennessModelId[], x0: number, x1: number }[] {
  return adjacentRuns(columns.map(c => ({ id: c.id, y: c.x, height: c.width })), id => ids.includes(id))
    .map(run => ({ ids: run.ids as OpennessModelId[], x0: run.y, x1: run.y + run.height }))
}
