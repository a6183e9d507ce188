import { type DrillIndicator, drilldownIndicators } from './drilldown'
import { AVERAGE } from './heatmap-order'
import type { HeatmapSource } from './heatmap-source'
import type { TransparencyMatrix } from './transparency-matrix'

export interface CellDetails {
  title: string
  /** "2/7 = 29%", or "mean of 10 developers = 17%" for an average. */
  summary: string
  description: string
  indicators: DrillIndicator[]
}

/** The tooltip's content for a cell, an average cell included: its count and its indicators, from the same list. */
export function cellDetails(source: HeatmapSource, matrix: TransparencyMatrix, row: string, col: string): CellDetails {
  const dimension = source.dimensions.find(d => d.id === row)
  const model = source.models.find(m => m.id === col)
  const who = model && (model.developer ? `${model.name} (${model.developer})` : model.name)
  if (row === AVERAGE && model) {
    const avg = matrix.modelAverages.get(col)!
    return {
      title: `${who} · Average`,
      summary: `mean of ${matrix.dimensions.length} dimensions = ${avg.percent}%`,
      description: 'The mean of this developer\'s percentages over the dimensions shown; not the FMTI total score, which counts all 100 indicators.',
      indicators: [],
    }
  }
  if (!dimension)
    throw new Error(`unknown dimension: ${row}`)
  const description = [dimension.nameZh, dimension.description].filter(Boolean).join(': ')
  if (col === AVERAGE) {
    const avg = matrix.dimensionAverages.get(row)!
    return { title: `${dimension.name} · Average`, summary: `mean of ${matrix.models.length} developers = ${avg.percent}%`, description, indicators: [] }
  }
  if (!model)
    throw new Error(`unknown model: ${col}`)
  const indicators = drilldownIndicators(source, row, col)
  return {
    title: `${who} · ${dimension.name}`,
    summary: `${indicators.filter(i => i.satisfied).length}/${indicators.length} = ${matrix.cell(row, col).percent}%`,
    description,
    indicators,
  }
}
