import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { csvParse } from 'd3-dsv'
import { describe, expect, it } from 'vitest'
import { fmti } from '../../data'
import { developerTotal } from '../../lib/fmti/edition-facts'
import { fmtiEdition, lectureHeatmap } from '../helpers/fmti'

// The official CSVs are vendored in sources/fmti/; the deck itself never reads them.
const csvDir = resolve(import.meta.dirname, '../../sources/fmti')
const rows = csvParse(readFileSync(resolve(csvDir, '2023-10-scores.csv'), 'utf8').replace(/^\uFEFF/, ''))
const developerOf = (modelId: string) => fmtiEdition('2023-10').developers.find(d => d.id === fmti.models.find(m => m.id === modelId)!.developer)!

describe('the lecture\'s heatmap against the official FMTI v1.0 CSV', () => {
  it('finds the CSV', () => {
    expect(existsSync(csvDir)).toBe(true)
  })
  it('has every indicator satisfied by each model as its developer\'s column in the CSV', () => {
    const indicatorRows = rows.filter(r => r.Domain?.trim())
    expect(indicatorRows).toHaveLength(lectureHeatmap.indicators.length)
    indicatorRows.forEach((r, i) => {
      const expected = fmti.models.filter(m => r[developerOf(m.id).name] === '1').map(m => m.id)
      expect(lectureHeatmap.indicators[i]!.name).toBe(r.Indicator!.trim())
      expect([...lectureHeatmap.indicators[i]!.satisfiedBy].sort()).toEqual(expected.sort())
    })
  })
  it('has the official total score of each developer', () => {
    const totals = rows.find(r => !r.Domain?.trim())!
    for (const m of fmti.models)
      expect(developerTotal(developerOf(m.id)), m.id).toBe(Number(totals[developerOf(m.id).name]))
  })
})
