import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { csvParse } from 'd3-dsv'
import { describe, expect, it } from 'vitest'
import { fmti } from '../../data'

// The official CSVs are vendored in sources/fmti/; the deck itself never reads them.
const csvDir = resolve(import.meta.dirname, '../../sources/fmti')
const rows = csvParse(readFileSync(resolve(csvDir, '2023-10-scores.csv'), 'utf8').replace(/^\uFEFF/, ''))

describe('data/fmti-2023.json against the official FMTI v1.0 CSV', () => {
  it('finds the CSV', () => {
    expect(existsSync(csvDir)).toBe(true)
  })
  it('has every indicator\'s satisfiedBy as in the CSV', () => {
    const indicatorRows = rows.filter(r => r.Domain?.trim())
    expect(indicatorRows).toHaveLength(fmti.indicators.length)
    indicatorRows.forEach((r, i) => {
      const expected = fmti.models.filter(m => r[m.csvDeveloper] === '1').map(m => m.id)
      expect(fmti.indicators[i]!.name).toBe(r.Indicator!.trim())
      expect([...fmti.indicators[i]!.satisfiedBy].sort()).toEqual(expected.sort())
    })
  })
  it('has the official total score of each developer', () => {
    const totals = rows.find(r => !r.Domain?.trim())!
    for (const m of fmti.models)
      expect(m.totalScore, m.id).toBe(Number(totals[m.csvDeveloper]))
  })
})
