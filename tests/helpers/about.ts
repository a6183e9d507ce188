import { entries } from 'bibtex-parse'
import { csvParseRows } from 'd3-dsv'
import { expect } from 'vitest'
import { type ChartAbout, citationsOf, datasetCsv } from '../../lib/chart/about'
import { bibtex } from '../../lib/chart/citation'

/** The CSV as a spreadsheet reads it: the header rows, then the records. */
export const csvRows = (d: ReturnType<ChartAbout['shown']>) => csvParseRows(datasetCsv(d).replace(/^\uFEFF/, '')).slice(2)

/** A chart's citation parses as BibTeX, each entry naming a title, authors and a year; each source a licence, and one at least a date. */
export function expectCitable(a: ChartAbout) {
  const parsed = entries(citationsOf(a).map(bibtex).join('\n'))
  expect(parsed).toHaveLength(citationsOf(a).length)
  for (const entry of parsed) {
    expect(entry.TITLE).toBeTruthy()
    expect(entry.AUTHOR).toBeTruthy()
    expect(entry.YEAR).toBeGreaterThan(2000)
  }
  for (const s of a.sources)
    expect(s.licence).toBeTruthy()
  expect(a.sources.some(s => s.date)).toBe(true)
}
