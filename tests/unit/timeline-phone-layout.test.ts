import { describe, expect, it } from 'vitest'
import { landscapeModels } from '../../data'
import { inside, overlaps } from '../../lib/chart/box'
import { PHONE } from '../../lib/chart/phone'
import { textWidth } from '../../lib/chart/text-width'
import { TIMELINE_GEOMETRY, TIMELINE_PHONE_GEOMETRY, timelineLayout } from '../../lib/timeline/timeline-layout'

const { models, eras } = landscapeModels
const numbers = (v: unknown): number[] => typeof v === 'number' ? [v] : v && typeof v === 'object' ? Object.values(v).flatMap(numbers) : []

describe('the timeline on a phone (width)', () => {
  const slide = timelineLayout(models, eras)
  it('keeps the slide\'s geometry without a width', () => {
    expect(slide).toMatchObject({ phone: false, width: TIMELINE_GEOMETRY.width, height: TIMELINE_GEOMETRY.height, plot: TIMELINE_GEOMETRY.plot })
    expect(slide.text).toEqual(TIMELINE_GEOMETRY.text)
  })
  for (const width of [332, 302]) {
    const P = timelineLayout(models, eras, { width })
    it(`at ${width} px: every size is a number, the text 14 px or more`, () => {
      expect(P.phone).toBe(true)
      for (const v of numbers(P))
        expect(Number.isFinite(v)).toBe(true)
      for (const size of Object.values(P.text))
        expect(size).toBeGreaterThanOrEqual(PHONE.text)
    })
    it(`at ${width} px: the sizes' axis and the strip's title fit the column left of the plot, which stays in view`, () => {
      const column = P.plot.x - 6
      for (const t of P.yTicks)
        expect(textWidth(t.label, P.text.axis), t.label).toBeLessThanOrEqual(column - TIMELINE_PHONE_GEOMETRY.titleColumn)
      expect(textWidth('未公开', P.text.axis)).toBeLessThanOrEqual(column - TIMELINE_PHONE_GEOMETRY.titleColumn)
      expect(P.axisTitleX + P.text.axis / 2).toBeLessThanOrEqual(TIMELINE_PHONE_GEOMETRY.titleColumn)
      expect(P.plot.x).toBeLessThanOrEqual(width / 4)
      expect(P.strip.x).toBe(P.plot.x)
    })
    it(`at ${width} px: the months scroll sideways, wide enough for every era's name`, () => {
      expect(P.width).toBeGreaterThan(2 * width)
      const monthWidth = (P.xTicks[1]!.x - P.xTicks[0]!.x) / 12
      expect(monthWidth).toBeGreaterThanOrEqual(TIMELINE_PHONE_GEOMETRY.monthWidth)
      expect(P.xTicks.map(t => t.label)).toEqual(slide.xTicks.map(t => t.label))
      for (const e of P.eras)
        expect(textWidth(e.short, P.text.era) + 8, e.id).toBeLessThanOrEqual(e.x1 - e.x0)
    })
    it(`at ${width} px: every model drawn, inside the plot or the strip, no two marks on one spot`, () => {
      expect(P.marks.map(m => m.id)).toEqual(slide.marks.map(m => m.id))
      for (const m of P.marks) {
        const area = m.value === null ? P.strip : P.plot
        expect(inside({ x: m.x, y: m.y, width: 0, height: 0 }, area), m.id).toBe(true)
      }
      for (const a of P.marks) {
        for (const b of P.marks) {
          if (a !== b && a.y === b.y)
            expect(Math.abs(a.x - b.x), `${a.id} / ${b.id}`).toBeGreaterThanOrEqual(2 * P.markRadius)
        }
      }
    })
    it(`at ${width} px: labels at 14 px never overlap, and name at least as many models as on the slide`, () => {
      for (const a of P.labels) {
        for (const b of P.labels) {
          if (a !== b)
            expect(overlaps(a, b), `${a.id} / ${b.id}`).toBe(false)
        }
      }
      expect(P.labels.length).toBeGreaterThanOrEqual(slide.labels.length)
      for (const id of eras.flatMap(e => e.highlight))
        expect(P.labels.map(l => l.id), id).toContain(id)
    })
  }
})
