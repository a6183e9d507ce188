import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { deriveEditions, developerId, editionFiles, readCsv, type EditionInputs } from '../../lib/fmti/derive-editions'
import { developerTotal } from '../../lib/fmti/edition-facts'

const fixtures = resolve(import.meta.dirname, '../fixtures/fmti')
const bad = resolve(import.meta.dirname, '../fixtures/fmti-bad')

function filesIn(dir: string): Record<string, string> {
  const out: Record<string, string> = {}
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name)
      if (statSync(p).isDirectory()) walk(p)
      else if (name.endsWith('.csv')) out[relative(dir, p)] = readFileSync(p, 'utf8')
    }
  }
  walk(dir)
  return out
}

const inputs = (overrides: Record<string, string> = {}): EditionInputs => ({ files: { ...filesIn(fixtures), ...overrides } })

describe('deriveEditions on fixture CSVs', () => {
  const { editions, reports } = deriveEditions(inputs())
  const [e23, e24, e25] = editions

  it('reads a CSV that starts with a UTF-8 BOM (the first header cell is "Domain", not "\\uFEFFDomain")', () => {
    expect(readCsv('x', readFileSync(join(fixtures, '2023-10-scores.csv'), 'utf8')).header[0]).toBe('Domain')
    expect(e23!.developers.map(d => [d.id, developerTotal(d)])).toEqual([['meta', 2], ['stability-ai', 2]])
  })

  it('trims trailing spaces in indicator and subdomain names', () => {
    expect(e23!.indicators[0]!.name).toBe('Data creators')
    expect(e25!.subdomains.map(s => s.id)).toEqual(['data-properties', 'accountability'])
    expect(e25!.subdomains[1]!.name).toBe('Accountability')
  })

  it('reads Adept-style reports whose first header cell is not "Indicator"', () => {
    expect(reports[0]!.developers.meta![1]!.disclosure).toBe('Llama 2 Community License')
    expect(reports[0]!.developers.meta![0]!.references).toEqual(['https://example.org/a', 'https://example.org/b'])
  })

  it('joins renamed 2024 indicators to their 2023 ids and keeps the former name', () => {
    expect(e24!.indicators.map(i => i.id)).toEqual(e23!.indicators.map(i => i.id))
    expect(e24!.indicators[1]).toMatchObject({ name: 'License', formerName: 'Model Asset License', id: 'model-asset-license' })
    expect(e24!.indicators[2]).toMatchObject({ name: 'Release decision-making', formerName: 'Release decision-making protocol' })
  })

  it('gives "Stability" (2024) and "Stability AI" (2023, file Stability-AI.csv) one id', () => {
    expect(developerId('Stability')).toBe('stability-ai')
    expect(e24!.developers.map(d => d.id)).toEqual(['meta', 'stability-ai'])
    expect(e24!.developers[1]!.name).toBe('Stability AI')
    expect(Object.keys(reports[1]!.developers)).toEqual(['meta', 'stability-ai'])
  })

  it('gives 2025 its own indicators and subdomains', () => {
    expect(e25!.indicators.map(i => i.subdomain)).toEqual(['data-properties', 'accountability', 'accountability'])
    expect(e23!.subdomains.find(s => s.id === 'model-access')).toEqual({ id: 'model-access', name: 'Model access', domain: 'model' })
    expect(reports[1]!.developers.meta![2]!.disclosure).toBe('Yes')
  })

  it('refuses a scores CSV whose Total row does not add up, naming the file and the row', () => {
    const files = { '2024-05-scores.csv': readFileSync(join(bad, '2024-05-scores.csv'), 'utf8') }
    expect(() => deriveEditions(inputs(files))).toThrow('sources/fmti/2024-05-scores.csv row 5 ("Total"), column "Meta": says 3, but the indicator rows add up to 2')
  })

  it('refuses a report whose score disagrees with the scores CSV, naming the file and the row', () => {
    const files = { 'reports-2024-05/Stability-AI.csv': readFileSync(join(bad, 'Stability-AI.csv'), 'utf8') }
    expect(() => deriveEditions(inputs(files))).toThrow('sources/fmti/reports-2024-05/Stability-AI.csv row 3 ("Model License"): score 1, but the scores CSV gives 0')
  })

  it('refuses an unknown 2024 indicator name', () => {
    const text = readFileSync(join(fixtures, '2024-05-scores.csv'), 'utf8').replace('License,', 'Weights license,')
    expect(() => deriveEditions(inputs({ '2024-05-scores.csv': text }))).toThrow('2024-05-scores.csv row 3: indicator "Weights license" is not among the 2023 indicators')
  })
})

describe('the FMTI data files', () => {
  it('are what derive:fmti makes of sources/fmti (not hand-edited)', () => {
    const derived = editionFiles({ files: filesIn(resolve(import.meta.dirname, '../../sources/fmti')) })
    expect(Object.keys(derived).sort()).toEqual(['fmti-editions.json', 'fmti-reports-2024-05.json', 'fmti-reports-2025-12.json'])
    for (const [name, text] of Object.entries(derived))
      expect(readFileSync(resolve(import.meta.dirname, '../../data', name), 'utf8') === text, name).toBe(true)
  })
})
