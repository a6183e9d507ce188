import { dataTable, type DataTable } from '../chart/data-table'

/** The subdomain bars' text alternative: each subdomain with its domain, indicator count and mean share satisfied. */
export function subdomainTable(caption: string, rows: readonly { id: string, name: string, domain: string, indicators: number, percent: number }[]): DataTable {
  return dataTable(caption, ['子领域 subdomain', '领域 domain', '指标数 indicators', '平均满足比例 mean satisfied'],
    rows.map(r => ({ id: r.id, header: r.name, cells: [r.domain, String(r.indicators), `${r.percent}%`] })))
}
