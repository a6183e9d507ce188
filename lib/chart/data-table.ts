/**
 * The data table every chart carries as its text alternative: read by screen readers, shown in the reading view on
 * phones, and compared with the marks by the tests. Built by a pure function per chart, rendered by DataTable.vue.
 */
export interface DataTable {
  caption: string
  /** Column headings; the first heads the row headers. */
  columns: string[]
  rows: DataTableRow[]
}

export interface DataTableRow {
  id: string
  header: string
  cells: string[]
}

/** Checks that every row has one cell per data column, so a table never silently loses or shifts a value. */
export function dataTable(caption: string, columns: string[], rows: DataTableRow[]): DataTable {
  for (const r of rows) {
    if (r.cells.length !== columns.length - 1)
      throw new Error(`data table "${caption}": row "${r.id}" has ${r.cells.length} cells, expected ${columns.length - 1}`)
  }
  return { caption, columns, rows }
}
