import type { FmtiReportRow } from '../data/fmti-reports-schema'
import type { HeatmapSource } from './heatmap-source'
import { dimensionIndicators } from './transparency-matrix'

/** One indicator of a cell, as the tooltip and the drill-down list it. */
export interface DrillIndicator {
  id: string
  name: string
  definition: string
  satisfied: boolean
  /** What the developer disclosed and why it was scored so (the 2024 and 2025 reports). */
  report?: FmtiReportRow
}

/**
 * A column's indicators in a dimension, in the edition's order, each with its score and, where the edition has
 * reports, the report's row (`reportOf` gives it by indicator id).
 */
export function drilldownIndicators(source: HeatmapSource, row: string, col: string, reportOf?: (indicatorId: string) => FmtiReportRow | undefined): DrillIndicator[] {
  return dimensionIndicators(source, row)
    .map(i => ({ id: i.id, name: i.name, definition: i.definition, satisfied: i.satisfiedBy.includes(col), report: reportOf?.(i.id) }))
}
