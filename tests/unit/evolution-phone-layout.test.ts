import { describe, expect, it } from 'vitest'
import { gptEvolution } from '../../data'
import { PHONE } from '../../lib/chart/phone'
import { textWidth } from '../../lib/chart/text-width'
import { EVOLUTION_GEOMETRY, EVOLUTION_PHONE_GEOMETRY, evolutionLayout } from '../../lib/evolution/layout'
import { SERIES_SUFFIX_ZH } from '../../lib/evolution/labels-zh'
import { monthFromIndex, monthIndex } from '../../lib/format/month'

const numbers = (v: unknown): number[] => typeof v === 'number' ? [v] : v && typeof v === 'object' ? Object.values(v).flatMap(numbers) : []

describe('the lineage on a phone (width)', () => {
  const slide = evolutionLayout(gptEvolution)
  it('keeps the slide\'s geometry without a width', () => {
    expect(slide.phone).toBe(false)
    expect(slide.width).toBe(EVOLUTION_GEOMETRY.width)
    expect(slide.plot.x0).toBe(EVOLUTION_GEOMETRY.bandLabelWidth)
    expect(slide.text).toEqual({ name: EVOLUTION_GEOMETRY.fontSize, ...EVOLUTION_GEOMETRY.text })
  })
  for (const width of [332, 302]) {
    const P = evolutionLayout(gptEvolution, { width })
    it(`at ${width} px: every size is a number, the text 14 px or more`, () => {
      expect(P.phone).toBe(true)
      for (const v of numbers(P))
        expect(Number.isFinite(v)).toBe(true)
      for (const size of Object.values(P.text))
        expect(size).toBeGreaterThanOrEqual(PHONE.text)
    })
    it(`at ${width} px: the band names fit their own column left of the plot, which stays in view`, () => {
      const column = P.plot.x0 - P.labelGap
      for (const b of P.bands)
        expect(textWidth(b.label, P.text.band), b.id).toBeLessThanOrEqual(column)
      expect(textWidth(SERIES_SUFFIX_ZH, P.text.series)).toBeLessThanOrEqual(column)
      // A third of the screen at most, so most of it is the plot.
      expect(P.plot.x0).toBeLessThanOrEqual(width / 3)
      for (const n of P.nodes)
        expect(n.x, n.id).toBeGreaterThanOrEqual(P.plot.x0)
    })
    it(`at ${width} px: the months are wide enough for the cards, so the plot scrolls sideways`, () => {
      const monthWidth = (P.time.x1 - P.time.x0) / (monthIndex(P.time.to) - monthIndex(P.time.from))
      expect(monthWidth).toBeGreaterThanOrEqual(EVOLUTION_PHONE_GEOMETRY.monthWidth)
      expect(P.width).toBeGreaterThan(width)
      expect(P.ticks.map(t => t.label)).toEqual(slide.ticks.map(t => t.label))
    })
    it(`at ${width} px: the plot opens on the first cards, not on empty months`, () => {
      const first = Math.min(...gptEvolution.nodes.map(n => monthIndex(n.released)))
      expect(first).toBeGreaterThan(monthIndex('2020-01'))
      // The axis starts a month before the first card, which is then a month's width from the plot's left edge.
      expect(P.time.from).toBe(monthFromIndex(first - 1))
      const leftmost = Math.min(...P.nodes.map(n => n.x))
      expect(leftmost - P.plot.x0).toBeGreaterThan(0)
      expect(leftmost - P.plot.x0).toBeLessThanOrEqual(2 * EVOLUTION_PHONE_GEOMETRY.monthWidth)
      // The first year's tick sits at the axis's start (its January is before it), the others on their Januaries.
      expect(P.ticks[0]).toEqual({ label: P.time.from.slice(0, 4), x: P.plot.x0 })
      for (const [i, t] of P.ticks.entries())
        expect(t.x, t.label).toBeGreaterThan(i ? P.ticks[i - 1]!.x + 2 * EVOLUTION_PHONE_GEOMETRY.monthWidth : P.plot.x0 - 1)
      // The plot's first screen shows the first card whole and the next ones starting (code-cushman-001 and
      // code-davinci-001 at 2021-07); with the axis from January 2020 they began at its right edge.
      const screenEnd = width
      expect(P.nodes.filter(n => n.x + n.width <= screenEnd).map(n => n.id)).toEqual(['davinci'])
      expect(P.nodes.filter(n => n.x + PHONE.text <= screenEnd).length).toBeGreaterThan(1)
    })
    it(`at ${width} px: no two cards overlap, each a finger's height apart, inside the plot`, () => {
      for (const a of P.nodes) {
        expect(a.x + a.width, a.id).toBeLessThanOrEqual(P.plot.x1)
        expect(a.y + a.height, a.id).toBeLessThanOrEqual(P.plot.y1)
        for (const b of P.nodes) {
          if (a === b)
            continue
          const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y
          expect(apart, `${a.id} / ${b.id}`).toBe(true)
          if (a.x < b.x + b.width && b.x < a.x + a.width)
            expect(Math.abs(a.y - b.y), `${a.id} / ${b.id}`).toBeGreaterThanOrEqual(PHONE.touch)
        }
      }
    })
    it(`at ${width} px: the cards and edges are the slide's, laid out again`, () => {
      expect(P.nodes.map(n => [n.id, n.series])).toEqual(slide.nodes.map(n => [n.id, n.series]))
      expect(P.edges.map(e => e.id)).toEqual(slide.edges.map(e => e.id))
      expect(P.height).toBe(P.plot.y1 + EVOLUTION_PHONE_GEOMETRY.axisHeight)
      expect(P.axisLabelY).toBeLessThanOrEqual(P.height)
    })
  }
})
