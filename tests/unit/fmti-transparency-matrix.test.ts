import { describe, expect, it } from 'vitest'
import { mean } from '../../lib/math/sum-and-mean'
import { toPercent } from '../../lib/fmti/percent'
import { transparencyMatrix } from '../../lib/fmti/transparency-matrix'
import { seedColumns, seedModelAverages, seedRows } from '../fixtures/seed-heatmap'
import { lectureHeatmap } from '../helpers/fmti'

const matrix = transparencyMatrix(lectureHeatmap)

describe('toPercent', () => {
  it('rounds to whole percent, halves up', () => {
    expect(toPercent(2 / 7)).toBe(29)
    expect(toPercent(0.475)).toBe(48)
    expect(toPercent(1 / 3)).toBe(33)
    expect(toPercent(0)).toBe(0)
    expect(toPercent(1)).toBe(100)
  })
  it('mean refuses an empty list rather than returning NaN', () => {
    expect(() => mean([])).toThrow('mean of no values')
  })
})

describe('transparencyMatrix', () => {
  it('has one cell per dimension and model', () => {
    expect(matrix.cells).toHaveLength(13 * 10)
  })
  it('computes each percentage from satisfied over the dimension total (Labor for Llama 2 = 2/7 = 29%)', () => {
    expect(matrix.cell('labor', 'llama-2')).toEqual({ row: 'labor', col: 'llama-2', satisfied: 2, total: 7, share: 2 / 7, percent: 29 })
  })
  it('agrees with every cell of the seed table', () => {
    for (const [row, { cells }] of Object.entries(seedRows))
      expect(seedColumns.map(col => matrix.cell(row, col).percent), row).toEqual(cells)
  })
  it('agrees with the seed table\'s average column to the percent', () => {
    const averages = Object.fromEntries([...matrix.dimensionAverages].map(([id, a]) => [id, a.percent]))
    expect(averages).toEqual(Object.fromEntries(Object.entries(seedRows).map(([id, r]) => [id, r.average])))
  })
  it('agrees with the seed table\'s average row to the percent', () => {
    expect(seedColumns.map(col => matrix.modelAverages.get(col)!.percent)).toEqual(seedModelAverages)
  })
  it('computes an average as the mean of the exact shares, not of rounded percents', () => {
    const shares = lectureHeatmap.dimensions.map((d) => {
      const members = lectureHeatmap.indicators.filter(i => i.dimension === d.id)
      return members.filter(i => i.satisfiedBy.includes('gpt-4')).length / members.length
    })
    expect(matrix.modelAverages.get('gpt-4')!.share).toBeCloseTo(shares.reduce((a, b) => a + b) / 13, 12)
  })
  it('throws on a dimension without indicators instead of drawing NaN', () => {
    const broken = { ...lectureHeatmap, indicators: lectureHeatmap.indicators.filter(i => i.dimension !== 'data') }
    expect(() => transparencyMatrix(broken)).toThrow('no indicators in dimension data')
  })
})
