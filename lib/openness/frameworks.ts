import type { CoverExtent, OpennessFrameworksData } from '../data/openness-frameworks-schema'
import type { OpennessSource } from './source'

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
