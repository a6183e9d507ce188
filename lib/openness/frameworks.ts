import { type DataTable, dataTable } from '../chart/data-table'
import type { CoverExtent, OpennessFrameworksData } from '../data/openness-frameworks-schema'
import { OSAI_BADGES } from '../osai/values'
import type { OpennessSource } from './source'
import { VALUE_BADGES } from './values'

// Which of the lecture's 13 artefacts each framework level requires, derived from data/openness-frameworks.json:
// a level requires the components named at it and at every level it includes (MOF Class II includes Class III);
// optional components never count. An artefact is
//   required      when a required component of the level covers all of it,
//   partial       when such components cover only part of it,
//   not-required  when none does.

export const REQUIREMENT_VALUES = ['required', 'partial', 'not-required'] as const
export type RequirementValue = typeof REQUIREMENT_VALUES[number]

export type FrameworksSource = Pick<OpennessFrameworksData, 'frameworks' | 'mapping'>

/** How each value reads: glyph and words, for the legend, the aria labels and the speaker's counts. */
export const REQUIREMENT_LABELS: Record<RequirementValue, { glyph: string, label: string, labelEn: string }> = {
  'required': { glyph: '✓', label: '要求', labelEn: 'required' },
  'partial': { glyph: '◐', label: '部分要求', labelEn: 'partly required' },
  'not-required': { glyph: '–', label: '不要求', labelEn: 'not required' },
}

export interface FrameworkColumn {
  /** The level's id: data-col of the table's cells. */
  id: string
  framework: string
  label: string
  labelEn: string
  /** III 类 and Class III, where the framework ranks its levels. */
  rank?: string
  rankEn?: string
  /** Required components of this level and the levels it includes, lowest first. */
  components: string[]
}

/** The table's columns: each framework's levels, in the file's order. */
export function frameworkColumns(data: FrameworksSource): FrameworkColumn[] {
  return data.frameworks.flatMap(f => f.levels.map((level) => {
    const chain: string[] = []
    for (let l: typeof level | undefined = level; l; l = f.levels.find(e => e.id === l!.includes))
      chain.unshift(l.id)
    return {
      id: level.id,
      framework: f.id,
      label: level.label,
      labelEn: level.labelEn,
      ...(level.rank ? { rank: level.rank, rankEn: level.rankEn } : {}),
      components: chain.flatMap(id => f.components.filter(c => c.level === id && c.required).map(c => c.id)),
    }
  }))
}

export interface RequirementCell {
  row: string
  col: string
  framework: string
  value: RequirementValue
  /** The level's required components that cover the artefact, with how much of it. */
  by: { component: string, extent: CoverExtent }[]
  note?: string
}

/** One artefact in one column. */
export function requirementOf(data: FrameworksSource, column: FrameworkColumn, artefact: string): RequirementCell {
  const entry = data.mapping.find(m => m.artefact === artefact)
  const by = (entry?.covers ?? []).filter(c => column.components.includes(c.component))
  const value: RequirementValue = by.some(c => c.extent === 'full') ? 'required' : by.length ? 'partial' : 'not-required'
  const note = entry?.notes?.[column.framework]
  return { row: artefact, col: column.id, framework: column.framework, value, by, ...(note ? { note } : {}) }
}

export interface FrameworkTable {
  columns: FrameworkColumn[]
  /** The lecture's stages with their artefacts, in the lecture's order. */
  stages: { id: string, label: string, labelEn: string, rows: { id: string, label: string, labelEn: string }[] }[]
  /** cells[row][col] */
  cells: Record<string, Record<string, RequirementCell>>
  /** Per column: how many of the artefacts have each value. */
  counts: Record<string, Record<RequirementValue, number>>
}

/** The whole table: the lecture's artefacts (rows, grouped by stage) against every framework level. */
export function frameworkTable(data: FrameworksSource, lecture: Pick<OpennessSource, 'stages' | 'artefacts'>): FrameworkTable {
  const columns = frameworkColumns(data)
  const cells: FrameworkTable['cells'] = {}
  const counts: FrameworkTable['counts'] = Object.fromEntries(columns.map(c => [c.id, { 'required': 0, 'partial': 0, 'not-required': 0 }]))
  for (const a of lecture.artefacts) {
    cells[a.id] = {}
    for (const c of columns) {
      const cell = requirementOf(data, c, a.id)
      cells[a.id]![c.id] = cell
      counts[c.id]![cell.value]++
    }
  }
  const stages = lecture.stages.map(s => ({
    id: s.id,
    label: s.label,
    labelEn: s.labelEn,
    rows: lecture.artefacts.filter(a => a.stage === s.id).map(a => ({ id: a.id, label: a.label, labelEn: a.labelEn })),
  }))
  return { columns, stages, cells, counts }
}

/** The artefacts a column gives a value, in the lecture's order. */
export function artefactsWith(table: FrameworkTable, col: string, value: RequirementValue): string[] {
  return table.stages.flatMap(s => s.rows.map(r => r.id)).filter(id => table.cells[id]![col]!.value === value)
}

/**
 * How each value is drawn, centred on 0,0: as the lecture's matrix draws open (✓ circle) and not applicable (– circle),
 * and as the index's matrix draws partial (◐ diamond). Shape and glyph both carry the value, so it reads in grey print.
 */
export const REQUIREMENT_BADGES: Record<RequirementValue, { shape: 'circle' | 'square' | 'diamond', radius: number, glyph: string }> = {
  'required': VALUE_BADGES.open,
  'partial': OSAI_BADGES.partial,
  'not-required': VALUE_BADGES.na,
}

/** A column's full name: 开放模型 III 类 (Class III · Open Model). */
export const columnName = (c: FrameworkColumn) =>
  c.rank ? `${c.rank} ${c.label} (${c.rankEn} · ${c.labelEn})` : `${c.label} (${c.labelEn})`

/** The mark's key for keyboard focus: artefact and column. */
export const cellKey = (row: string, col: string) => `${row}|${col}`

/** The keyboard's grid: one row per artefact, one mark per column, in the order drawn. */
export function frameworkGrid(table: FrameworkTable): string[][] {
  return table.stages.flatMap(s => s.rows.map(r => table.columns.map(c => cellKey(r.id, c.id))))
}

/** The text alternative: every cell's value in words, the components behind it, and the note. */
export function frameworksDataTable(data: FrameworksSource, table: FrameworkTable): DataTable {
  const label = new Map(data.frameworks.flatMap(f => f.components.map(c => [c.id, c.labelEn])))
  const frameworkName = new Map(data.frameworks.map(f => [f.id, f.name]))
  const columns = ['内容 artefact', ...table.columns.map(c => `${frameworkName.get(c.framework)} ${columnName(c)}`)]
  const rows = table.stages.flatMap(s => s.rows.map((r) => {
    const cells = table.columns.map((c) => {
      const cell = table.cells[r.id]![c.id]!
      const v = REQUIREMENT_LABELS[cell.value]
      const by = cell.by.map(b => `${label.get(b.component)}${b.extent === 'partial' ? ' (part)' : ''}`).join(', ')
      return [`${v.glyph} ${v.label} (${v.labelEn})`, by && `: ${by}`].join('')
    })
    return { id: r.id, header: `${s.label} · ${r.label} (${r.labelEn})`, cells }
  }))
  const counts = (value: RequirementValue) => ({
    id: `count-${value}`,
    header: `${REQUIREMENT_LABELS[value].label} (${REQUIREMENT_LABELS[value].labelEn})`,
    cells: table.columns.map(c => String(table.counts[c.id]![value])),
  })
  return dataTable(
    `课上的 ${rows.length} 项内容在 OSI 开源 AI 定义 1.0 和模型开放框架三个类别中的要求 (which of the lecture's ${rows.length} artefacts each framework requires)`,
    columns,
    [...rows, ...REQUIREMENT_VALUES.map(counts)],
  )
}
