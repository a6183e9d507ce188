import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { csvParse } from 'd3-dsv'
import { describe, expect, it } from 'vitest'
import { fmtiEditions, loadFmtiReports } from '../../data'
import { developerTotal } from '../../lib/fmti/edition-facts'

// An independent reading of the vendored CSVs (sources/fmti/), compared with data/fmti-editions.json.
const dir = resolve(import.meta.dirname, '../../sources/fmti')
const read = (name: string) => csvParse(readFileSync(resolve(dir, name), 'utf8').replace(/^\uFEFF/, ''))
const byId = (id: string) => fmtiEditions.editions.find(e => e.id === id)!

describe('data/fmti-editions.json against the official CSVs', () => {
  it.each([
    ['2023-10', '2023-10-scores.csv'],
    ['2024-05', '2024-05-scores.csv'],
    ['2025-12', '2025-12-scores.csv'],
  ] as const)('%s: every developer\'s score per indicator and total equal %s', (id, file) => {
    const rows = read(file)
    const indicatorRows = rows.filter(r => r.Indicator?.trim() !== 'Total')
    const edition = byId(id)
    expect(indicatorRows).toHaveLength(100)
    const columns = rows.columns.filter(c => !['Domain', 'Subdomain', 'Indicator', 'Total', ''].includes(c))
    expect(edition.developers).toHaveLength(columns.length)
    columns.forEach((col, k) => {
      const dev = edition.developers[k]!
      expect(dev.scores).toEqual(indicatorRows.map(r => Number(r[col])))
      const totalRow = rows.find(r => r.Indicator?.trim() === 'Total')
      expect(developerTotal(dev)).toBe(totalRow ? Number(totalRow[col]) : indicatorRows.reduce((a, r) => a + Number(r[col]), 0))
    })
  })

  it('has the means 37.0, 57.9 and 40.7 of the three editions', () => {
    const means = fmtiEditions.editions.map(e => (e.developers.reduce((a, d) => a + developerTotal(d), 0) / e.developers.length).toFixed(1))
    expect(means).toEqual(['37.0', '57.9', '40.7'])
  })

  it('keeps developer ids across editions (Stability AI / Stability)', () => {
    expect(byId('2023-10').developers.map(d => d.id)).toContain('stability-ai')
    expect(byId('2024-05').developers.map(d => d.id)).toContain('stability-ai')
    expect(byId('2025-12').subdomains).toHaveLength(19)
  })

  it.each(['2024-05', '2025-12'] as const)('%s: every scored developer has a report of 100 rows', async (id) => {
    const reports = await loadFmtiReports(id)
    for (const dev of byId(id).developers) {
      expect(reports.developers[dev.id], dev.id).toHaveLength(100)
    }
    const meta = reports.developers.meta!
    expect(meta.some(r => r.justification.length > 0)).toBe(true)
  })
})
