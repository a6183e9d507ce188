import { csvFormatRows } from 'd3-dsv'

/** A column of a chart's data: a stable English id (the CSV's first header row) and its label on the slide (the second). */
export interface CsvColumn {
  id: string
  label: string
}

/** A value as the data holds it: numbers unformatted (0.57, not "57%"), nothing as an empty cell. */
export type CsvValue = string | number | boolean | null

/** Excel and other spreadsheets run a cell that starts with one of these as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/

/**
 * A cell as written: a number as JavaScript prints it; text that a spreadsheet would take for a formula gets a
 * leading apostrophe, as OWASP's advice on CSV injection says, so that it shows as the text it is.
 */
export function csvCell(value: CsvValue): string {
  if (value === null)
    return ''
  if (typeof value !== 'string')
    return String(value)
  return FORMULA_START.test(value) ? `'${value}` : value
}

/**
 * A chart's data as a CSV file that opens right in Excel and elsewhere: UTF-8 with a byte-order mark (so Excel reads
 * the Chinese), the columns' ids then their labels as two header rows, one row per record; quoting by d3-dsv.
 */
export function toCsv(columns: readonly CsvColumn[], rows: readonly (readonly CsvValue[])[]): string {
  for (const [i, row] of rows.entries()) {
    if (row.length !== columns.length)
      throw new Error(`CSV row ${i} has ${row.length} values, expected ${columns.length} (${columns.map(c => c.id).join(', ')})`)
  }
  const header = [columns.map(c => csvCell(c.id)), columns.map(c => csvCell(c.label))]
  return `\uFEFF${csvFormatRows([...header, ...rows.map(r => r.map(csvCell))])}\n`
}
