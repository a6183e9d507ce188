import { describe, expect, it } from 'vitest'
import { landscapeModels } from '../../data'
import { type Box, overlaps } from '../../lib/chart/box'
import { dodgeMarks } from '../../lib/chart/dodge'
import { placeLabels } from '../../lib/timeline/label-placement'
import { monthFromIndex, monthIndex } from '../../lib/format/month'
import { textWidth } from '../../lib/chart/text-width'
import { TIMELINE_GEOMETRY, timelineLayout } from '../../lib/timeline/timeline-layout'
import { eraOf, timelineStepState } from '../../lib/timeline/timeline-steps'

const { models, eras } = landscapeModels
const layout = timelineLayout(models, eras)
const markOf = new Map(layout.marks.map(m => [m.id, m]))
const g = TIMELINE_GEOMETRY
const bounds: Box = { x: 0, y: 0, width: 200, height: 100 }

describe('months', () => {
  it('counts months from year 0 and back again', () => {
    expect(monthIndex('2023-02')).toBe(2023 * 12 + 1)
    expect(monthFromIndex(monthIndex('2019-12'))).toBe('2019-12')
    expect(monthIndex('2020-01') - monthIndex('2019-12')).toBe(1)
  })
  it('refuses a malformed month', () => {
    expect(() => monthIndex('2023-2')).toThrow('not a month (YYYY-MM): "2023-2"')
  })
})

describe('the log scale of parameters', () => {
  const y = (id: string) => markOf.get(id)!.y
  it('puts each tenfold at the same distance', () => {
    const tick = (label: string) => layout.yTicks.find(t => t.label === label)!.y
    const decade = tick('1B') - tick('10B')
    expect(tick('10B') - tick('100B')).toBeCloseTo(decade, 6)
    expect(tick('100B') - tick('1T')).toBeCloseTo(decade, 6)
    expect(tick('100M') - tick('1B')).toBeCloseTo(decade, 6)
  })
  it('places a model by its largest size: GPT-3 (175B) is log10(175/7) decades above Alpaca (7B)', () => {
    const decade = layout.yTicks.find(t => t.label === '1B')!.y - layout.yTicks.find(t => t.label === '10B')!.y
    expect(y('alpaca') - y('gpt-3')).toBeCloseTo(Math.log10(175 / 7) * decade, 6)
    expect(markOf.get('llama')!.value).toBe(65)
    expect(markOf.get('llama')!.sizes).toEqual([7, 13, 33, 65])
  })
  it('marks the smallest size of a family, and nothing for a single size', () => {
    const decade = layout.yTicks.find(t => t.label === '1B')!.y - layout.yTicks.find(t => t.label === '10B')!.y
    expect(markOf.get('llama')!.yMin! - y('llama')).toBeCloseTo(Math.log10(65 / 7) * decade, 6)
    expect(markOf.get('gpt-3')!.yMin).toBeUndefined()
  })
  it('keeps every sized model inside the plot', () => {
    for (const m of layout.marks.filter(k => k.value !== null)) {
      expect(m.y, m.id).toBeGreaterThanOrEqual(g.plot.y)
      expect(m.y, m.id).toBeLessThanOrEqual(g.plot.y + g.plot.height)
    }
  })
})

describe('the time axis', () => {
  it('orders models by release month, left to right, up to the dodge', () => {
    const x = (id: string) => markOf.get(id)!.x
    expect(x('gpt-3')).toBeLessThan(x('chinchilla'))
    expect(x('chinchilla')).toBeLessThan(x('llama'))
    expect(x('llama')).toBeLessThan(x('deepseek-v3'))
  })
  it('has a tick at each January, labelled with the year', () => {
    expect(layout.xTicks.map(t => t.label)).toEqual(['2019', '2020', '2021', '2022', '2023', '2024', '2025'])
    const gaps = layout.xTicks.slice(1).map((t, i) => t.x - layout.xTicks[i]!.x)
    for (const gap of gaps)
      expect(gap).toBeCloseTo(gaps[0]!, 6)
  })
})

describe('models of undisclosed size', () => {
  it('are drawn in the strip below the axis, not dropped', () => {
    const undisclosed = models.filter(m => m.parametersB === null).map(m => m.id)
    expect(undisclosed).toEqual(expect.arrayContaining(['chatgpt', 'gpt-4', 'gpt-3-5', 'ernie-bot', 'bard']))
    for (const id of undisclosed) {
      const m = markOf.get(id)!
      expect(m.value).toBeNull()
      expect(m.y).toBe(g.strip.y + g.strip.height / 2)
    }
  })
  it('every model has exactly one mark', () => {
    expect(layout.marks.map(m => m.id).sort()).toEqual(models.map(m => m.id).sort())
  })
})

describe('dodge', () => {
  it('keeps marks within bounds, moving them the other way, and over another when there is no room', () => {
    const x = dodgeMarks([{ id: 'a', x: 100, y: 10 }, { id: 'b', x: 100, y: 10 }, { id: 'c', x: 100, y: 10 }], 3, { min: 88, max: 100 })
    expect([x.get('a'), x.get('b'), x.get('c')]).toEqual([100, 94, 88])
    expect(dodgeMarks([{ id: 'a', x: 5, y: 0 }, { id: 'b', x: 5, y: 0 }], 3, { min: 4, max: 6 }).get('b')).toBe(5)
  })
  it('moves marks of the same place sideways, alternating right and left', () => {
    const x = dodgeMarks([{ id: 'a', x: 50, y: 10 }, { id: 'b', x: 50, y: 10 }, { id: 'c', x: 50, y: 10 }], 3)
    expect([...x]).toEqual([['a', 50], ['b', 56], ['c', 44]])
  })
  it('leaves marks that do not touch where they are', () => {
    const x = dodgeMarks([{ id: 'a', x: 50, y: 10 }, { id: 'b', x: 50, y: 17 }], 3)
    expect([...x]).toEqual([['a', 50], ['b', 50]])
  })
  it('leaves no two timeline marks overlapping', () => {
    const r = g.markRadius
    for (const [i, a] of layout.marks.entries()) {
      for (const b of layout.marks.slice(i + 1))
        expect(Math.hypot(a.x - b.x, a.y - b.y), `${a.id} / ${b.id}`).toBeGreaterThanOrEqual(2 * r)
    }
  })
})

describe('label placement', () => {
  const request = (id: string, x: number, y: number, width = 30) => ({ id, x, y, r: 4, width, height: 10, bounds })
  it('puts a lone label to the right of its mark', () => {
    expect(placeLabels([request('a', 50, 50)], [])).toEqual([
      { id: 'a', x: 56, y: 45, width: 30, height: 10, anchor: 'start', textX: 56, textY: 50 },
    ])
  })
  it('moves to the left when the right would leave the bounds', () => {
    const [label] = placeLabels([request('a', 190, 50)], [])
    expect(label).toMatchObject({ anchor: 'end', x: 190 - 6 - 30 })
  })
  it('moves a later label aside rather than overlap an earlier one', () => {
    const labels = placeLabels([request('a', 50, 50), request('b', 50, 52)], [])
    expect(labels.map(l => l.id)).toEqual(['a', 'b'])
    expect(overlaps(labels[0]!, labels[1]!)).toBe(false)
  })
  it('leaves out a label with no free place, keeping the earlier (more important) one', () => {
    const tight: Box = { x: 40, y: 40, width: 50, height: 20 }
    const labels = placeLabels([{ ...request('a', 50, 50), bounds: tight }, { ...request('b', 50, 50), bounds: tight }], [])
    expect(labels.map(l => l.id)).toEqual(['a'])
  })
  it('does not cover other marks', () => {
    const [label] = placeLabels([request('a', 50, 50)], [{ x: 60, y: 45, width: 8, height: 8 }])
    expect(label!.anchor).toBe('end')
  })
  it('uses far places with a leader line only when allowed', () => {
    const walls = [{ x: 0, y: 30, width: 200, height: 15 }, { x: 0, y: 55, width: 200, height: 15 }, { x: 0, y: 44, width: 44, height: 12 }, { x: 56, y: 44, width: 144, height: 12 }]
    expect(placeLabels([request('a', 50, 50)], walls)).toEqual([])
    const [far] = placeLabels([{ ...request('a', 50, 50), bounds: { x: 0, y: 0, width: 200, height: 200 }, far: true }], walls)
    expect(far).toMatchObject({ leader: true })
  })
  it('places the timeline\'s labels with no two boxes overlapping, none over a mark, all inside their area', () => {
    const r = g.markRadius
    expect(layout.labels.length).toBeGreaterThan(40)
    for (const [i, a] of layout.labels.entries()) {
      for (const b of layout.labels.slice(i + 1))
        expect(overlaps(a, b), `${a.id} / ${b.id}`).toBe(false)
      for (const m of layout.marks)
        expect(overlaps(a, { x: m.x - r, y: m.y - r, width: 2 * r, height: 2 * r }), `${a.id} over ${m.id}`).toBe(false)
      const area = markOf.get(a.id)!.value === null ? g.strip : g.plot
      expect(a.x).toBeGreaterThanOrEqual(area.x)
      expect(a.x + a.width).toBeLessThanOrEqual(area.x + area.width)
    }
  })
  it('labels every model an era highlights', () => {
    const labelled = new Set(layout.labels.map(l => l.id))
    for (const id of eras.flatMap(e => e.highlight))
      expect(labelled.has(id), id).toBe(true)
  })
  it('estimates CJK text about twice as wide as Latin', () => {
    expect(textWidth('文心', 10)).toBe(20)
    expect(textWidth('ab', 10)).toBeCloseTo(11.2, 6)
  })
})

describe('click steps', () => {
  it('walks through the eras, showing everything up to the end of the current one', () => {
    expect(timelineStepState(eras, 0)).toEqual({ era: 0, until: '2021-12' })
    expect(timelineStepState(eras, 1)).toEqual({ era: 1, until: '2022-12' })
    expect(timelineStepState(eras, 99)).toEqual({ era: 3, until: eras[3]!.to })
    expect(timelineStepState(eras, Number.POSITIVE_INFINITY).era).toBe(3)
    expect(timelineStepState(eras, -1).era).toBe(0)
  })
  it('finds the era of a month', () => {
    expect(eraOf(eras, '2022-03')).toBe(1)
    expect(eraOf(eras, '2025-01')).toBe(3)
    expect(() => eraOf(eras, '2030-01')).toThrow('no era contains 2030-01')
  })
})
