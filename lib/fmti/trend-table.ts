import { type DataTable, dataTable, type DataTableRow } from '../chart/data-table'
import { oneDecimal } from './edition-facts'
import type { TrendLayout } from './trend-layout'

/** The developers in the trend, by name, with their points in edition order: the table's rows and the keyboard's. */
export function trendDevelopers(layout: TrendLayout): { id: string, name: string }[] {
  return [...new Map(layout.points.map(p => [p.developer, p.name])).entries()]
    .map(([id, name]) => ({ id, name }))
    .sort((a, b) => a.name.localeCompare(b.name))
}

/** The trend's text alternative: a row per developer (— where an edition did not score it), then the means. */
export function trendTable(layout: TrendLayout, caption: string): DataTable {
  const total = new Map(layout.points.map(p => [`${p.developer}|${p.edition}`, p.total]))
  const rows: DataTableRow[] = trendDevelopers(layout).map(d => ({
    id: d.id,
    header: d.name,
    cells: layout.columns.map(c => String(total.get(`${d.id}|${c.edition}`) ?? '—')),
  }))
  rows.push({ id: 'mean', header: '平均', cells: layout.columns.map(c => oneDecimal(c.mean)) })
  return dataTable(caption, ['开发者', ...layout.columns.map(c => c.label)], rows)
}
