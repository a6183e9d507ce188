import { describe, expect, it } from 'vitest'
import { transparency } from '../../data'
import { textWidth } from '../../lib/chart/text-width'
import { minKLayout } from '../../lib/transparency/min-k-layout'
import { minKCount, minKProb } from '../../lib/transparency/min-k-prob'

describe('minKProb (Shi et al. 2023)', () => {
  it('averages the log-probability of the k% least likely tokens', () => {
    const r = minKProb([0.5, 0.01, 0.9, 0.1, 0.8], 40)
    expect(r.selected).toEqual([1, 3])
    expect(r.score).toBeCloseTo((Math.log(0.01) + Math.log(0.1)) / 2, 12)
  })
  it('keeps int(n·k) tokens as the paper\'s code does, at least one', () => {
    expect(minKCount(12, 20)).toBe(2)
    expect(minKCount(3, 20)).toBe(1)
    expect(minKCount(10, 100)).toBe(10)
  })
  it('scores a text without unlikely tokens higher than one with them', () => {
    expect(minKProb([0.6, 0.7, 0.5, 0.8, 0.9], 20).score).toBeGreaterThan(minKProb([0.6, 0.01, 0.5, 0.8, 0.9], 20).score)
  })
  it('keeps text order among equal probabilities', () => {
    expect(minKProb([0.2, 0.2, 0.2, 0.9], 50).selected).toEqual([0, 1])
  })
  it('refuses probabilities outside (0, 1] and k outside (0, 100]', () => {
    expect(() => minKProb([0.5, 0], 20)).toThrow('expected token probabilities in (0, 1], got 0')
    expect(() => minKProb([0.5, 0.4], 0)).toThrow('expected k between 0 and 100 percent, got 0')
  })
})

describe('the Text X example in data/transparency.json', () => {
  const ex = transparency.pretrainingDetection.example
  it('is the example text of the lecture, token by token', () => {
    expect(ex.tokens.map(t => t.text).join(' ')).toBe('the 15th Miss Universe Thailand pageant was held at Royal Paragon Hall')
  })
  it('marks 15th and Royal as the 20% least likely of its 12 tokens', () => {
    const r = minKProb(ex.tokens.map(t => t.p), ex.kPercent)
    expect(r.selected.map(i => ex.tokens[i]!.text)).toEqual(['15th', 'Royal'])
    expect(r.score).toBeCloseTo((Math.log(0.02) + Math.log(0.04)) / 2, 12)
  })
  it('says its probabilities are illustrative (they are not measured on a model)', () => {
    expect(ex.illustrative).toBe(true)
  })
})

describe('minKLayout', () => {
  const tokens = transparency.pretrainingDetection.example.tokens
  it('draws the slide\'s bars at a fixed size: 22 px rows, 250 px for p = 1', () => {
    const l = minKLayout(tokens)
    expect(l).toMatchObject({ phone: false, width: 398, height: tokens.length * 22 })
    expect(l.rows[0]).toEqual({ index: 0, y: 0, height: 22, labelX: 84, barX: 92, barWidth: tokens[0]!.p * 250, valueX: 92 + tokens[0]!.p * 250 + 6 })
    expect(l.rows[1]!.barWidth).toBe(Math.max(2, tokens[1]!.p * 250))
  })
  for (const width of [302, 332]) {
    it(`fits a phone's ${width} px: every label, bar and value inside, rows a finger high`, () => {
      const l = minKLayout(tokens, { width })
      expect(l.phone).toBe(true)
      expect(l.width).toBe(width)
      expect(l.height).toBe(tokens.length * 36)
      for (const r of l.rows) {
        const t = tokens[r.index]!
        expect(r.labelX - textWidth(t.text, 14) * 1.08, t.text).toBeGreaterThanOrEqual(0)
        expect(r.valueX + textWidth(t.p.toFixed(2), 14) * 1.08, t.text).toBeLessThanOrEqual(width)
        expect(r.barX).toBeGreaterThan(r.labelX)
      }
      // The bars keep their proportions: p = 0.9 is 4.5 times p = 0.2.
      const bar = (p: number) => l.rows.find(r => tokens[r.index]!.p === p)!.barWidth
      expect(bar(0.9) / bar(0.2)).toBeCloseTo(4.5, 6)
    })
  }
})
