import { describe, expect, it } from 'vitest'
import { syntheticEvolution } from '../../bench/synthetic-evolution'
import { gptEvolution } from '../../data'
import type { Box } from '../../lib/chart/box'
import { edgeGeometry } from '../../lib/evolution/edge-path'
import { findCycle, formatCycle } from '../../lib/evolution/find-cycle'
import type { EvolutionGraph } from '../../lib/evolution/graph'
import { type EvolutionLayout, evolutionLayout } from '../../lib/evolution/layout'
import { monthIndex, monthLabel } from '../../lib/format/month'
import { evolutionSteps, stepOfMonth } from '../../lib/evolution/steps'

const layout = evolutionLayout(gptEvolution)
const steps = evolutionSteps(gptEvolution.nodes.map(n => n.released), gptEvolution.stepByMonthThrough)
const nodeOf = (l: EvolutionLayout, id: string) => l.nodes.find(n => n.id === id)!

/** Points along an SVG path made of M, H, V, Q and C commands (the ones the layout writes), curves sampled. */
function pathPoints(d: string): { x: number, y: number }[] {
  const points: { x: number, y: number }[] = []
  let x = 0
  let y = 0
  for (const [, cmd, args] of d.matchAll(/([MHVQC])([^MHVQC]*)/g)) {
    const n = args!.split(/[ ,]+/).filter(Boolean).map(Number)
    const line = (x1: number, y1: number) => {
      for (let t = 0; t <= 1; t += 0.05)
        points.push({ x: x + (x1 - x) * t, y: y + (y1 - y) * t })
      x = x1
      y = y1
    }
    if (cmd === 'M') {
      x = n[0]!
      y = n[1]!
    }
    else if (cmd === 'H') { line(n[0]!, y) }
    else if (cmd === 'V') { line(x, n[0]!) }
    else {
      const [cx, cy, ex, ey] = cmd === 'Q' ? n : [n[2]!, n[3]!, n[4]!, n[5]!]
      for (let t = 0; t <= 1; t += 0.1)
        points.push({ x: (1 - t) ** 2 * x + 2 * (1 - t) * t * cx! + t * t * ex!, y: (1 - t) ** 2 * y + 2 * (1 - t) * t * cy! + t * t * ey! })
      x = ex!
      y = ey!
    }
  }
  return points
}
const strictlyInside = (p: { x: number, y: number }, b: Box) =>
  p.x > b.x + 0.5 && p.x < b.x + b.width - 0.5 && p.y > b.y + 0.5 && p.y < b.y + b.height - 0.5
const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height

describe('months', () => {
  it('count from year 0 and read back as labels', () => {
    expect(monthIndex('2022-06') - monthIndex('2021-06')).toBe(12)
    expect(monthLabel('2022-11')).toBe('Nov 2022')
  })
  it('refuse what is not a month', () => {
    expect(() => monthIndex('2022-13')).toThrow('not a month (YYYY-MM): "2022-13"')
    expect(() => monthIndex('June 2022')).toThrow(/not a month/)
  })
})

describe('findCycle', () => {
  it('finds none in the lineage', () => {
    expect(findCycle(gptEvolution.nodes.map(n => n.id), gptEvolution.edges)).toBeNull()
  })
  it('names the ids along a cycle, the first repeated at the end', () => {
    const cycle = findCycle(['a', 'b', 'c'], [{ from: 'a', to: 'b' }, { from: 'b', to: 'c' }, { from: 'c', to: 'b' }])
    expect(cycle).toEqual(['b', 'c', 'b'])
    expect(formatCycle(cycle!)).toBe('cycle: b -> c -> b')
  })
  it('finds a node that is its own parent', () => {
    expect(findCycle(['a'], [{ from: 'a', to: 'a' }])).toEqual(['a', 'a'])
  })
  it('does not require the edges in topological order', () => {
    expect(findCycle(['c', 'b', 'a'], [{ from: 'b', to: 'c' }, { from: 'a', to: 'b' }, { from: 'a', to: 'c' }])).toBeNull()
  })
  it('ignores edges to unknown ids (validation reports them)', () => {
    expect(findCycle(['a'], [{ from: 'a', to: 'x' }, { from: 'x', to: 'a' }])).toBeNull()
  })
})

describe('evolutionSteps', () => {
  it('gives the lecture\'s six steps from the data\'s months', () => {
    expect(steps).toEqual([
      { index: 0, label: '2020', from: '2020-01', through: '2020-12' },
      { index: 1, label: '2021', from: '2021-01', through: '2021-12' },
      { index: 2, label: 'Mar 2022', from: '2022-03', through: '2022-03' },
      { index: 3, label: 'Nov 2022', from: '2022-11', through: '2022-11' },
      { index: 4, label: '2023', from: '2023-01', through: '2023-03' },
      { index: 5, label: 'Apr 2023 and after', from: '2023-04', through: null },
    ])
  })
  it('reveals the models of each step', () => {
    const byStep = steps.map(s => gptEvolution.nodes.filter(n => stepOfMonth(steps, n.released) === s.index).map(n => n.id))
    expect(byStep).toEqual([
      ['davinci'],
      ['code-cushman-001', 'code-davinci-001'],
      ['davinci-instruct-beta', 'text-davinci-001', 'code-davinci-002', 'text-davinci-002'],
      ['text-davinci-003', 'chatgpt'],
      ['gpt-3.5-turbo'],
      ['gpt-3.5-turbo-0613', 'gpt-3.5-turbo-16k-0613', 'gpt-3.5-turbo-16k', 'gpt-3.5-turbo-instruct', 'gpt-3.5-turbo-1106', 'gpt-3.5-turbo-0125'],
    ])
  })
  it('names a later step by its first month when the split falls mid-year, and has no last step when nothing is later', () => {
    expect(evolutionSteps(['2022-03', '2022-06', '2023-01'], '2022-06').map(s => s.label)).toEqual(['Mar 2022', 'Jun 2022', 'Jul 2022 and after'])
    expect(evolutionSteps(['2021-05', '2020-02', '2021-05'], '2022-12').map(s => s.label)).toEqual(['2020', '2021'])
  })
})

describe('evolutionLayout', () => {
  it('places every node and edge of the data once', () => {
    expect(layout.nodes.map(n => n.id)).toEqual(gptEvolution.nodes.map(n => n.id))
    expect(layout.edges.map(e => e.id)).toEqual(gptEvolution.edges.map(e => `${e.from}->${e.to}`))
  })
  it('never overlaps two cards', () => {
    for (const [i, a] of layout.nodes.entries()) {
      for (const b of layout.nodes.slice(i + 1))
        expect(overlap(a, b), `${a.id} / ${b.id}`).toBe(false)
    }
  })
  it('orders the cards left to right by month, one x per month', () => {
    for (const a of layout.nodes) {
      for (const b of layout.nodes) {
        const d = monthIndex(a.released) - monthIndex(b.released)
        if (d < 0)
          expect(a.x, `${a.id} before ${b.id}`).toBeLessThan(b.x)
        else if (d === 0)
          expect(a.x).toBe(b.x)
      }
    }
  })
  it('runs the axis from January 2020 with one tick a year to 2024', () => {
    expect(layout.time).toMatchObject({ from: '2020-01', to: '2025-01' })
    expect(layout.ticks.map(t => t.label)).toEqual(['2020', '2021', '2022', '2023', '2024'])
    expect(layout.ticks.map(t => t.x)).toEqual([...layout.ticks.map(t => t.x)].sort((a, b) => a - b))
    expect(nodeOf(layout, 'davinci').x).toBeGreaterThan(layout.ticks[0]!.x)
    expect(nodeOf(layout, 'davinci').x).toBeLessThan(layout.ticks[1]!.x)
  })
  it('sends every edge forward in time, or within one step', () => {
    for (const e of layout.edges) {
      const from = nodeOf(layout, e.from)
      const to = nodeOf(layout, e.to)
      expect(to.x, e.id).toBeGreaterThanOrEqual(from.x)
      expect(stepOfMonth(steps, to.released), e.id).toBeGreaterThanOrEqual(stepOfMonth(steps, from.released))
    }
  })
  it('ends every edge with an arrow at its child\'s card and starts it at its parent\'s', () => {
    for (const e of layout.edges) {
      const to = nodeOf(layout, e.to)
      const from = nodeOf(layout, e.from)
      const tip = /^M([\d.]+),([\d.]+)/.exec(e.arrow)!.slice(1).map(Number)
      expect(tip, e.id).toEqual([to.x, to.y + to.height / 2])
      const start = pathPoints(e.d)[0]!
      expect(start.x >= from.x && start.x <= from.x + from.width && start.y >= from.y && start.y <= from.y + from.height, e.id).toBe(true)
    }
  })
  it('passes no edge beneath a card other than its own two', () => {
    for (const e of layout.edges) {
      const others = layout.nodes.filter(n => n.id !== e.from && n.id !== e.to)
      for (const p of pathPoints(e.d)) {
        const hit = others.find(b => strictlyInside(p, b))
        expect(hit?.id, `${e.id} at ${p.x.toFixed(1)},${p.y.toFixed(1)}`).toBeUndefined()
      }
    }
  })
  it('keeps each series in its band, GPT-3 above GPT-3.5', () => {
    expect(layout.bands.map(b => b.id)).toEqual(['gpt-3', 'gpt-3.5'])
    for (const n of layout.nodes) {
      const band = layout.bands.find(b => b.id === n.series)!
      expect(n.y, n.id).toBeGreaterThanOrEqual(band.y0)
      expect(n.y + n.height, n.id).toBeLessThanOrEqual(band.y1)
    }
    expect(layout.bands[0]!.y1).toBeLessThan(layout.bands[1]!.y0)
  })
  it('sizes each card to its name and keeps it inside the viewBox', () => {
    expect(nodeOf(layout, 'gpt-3.5-turbo-16k-0613').width).toBeGreaterThan(nodeOf(layout, 'davinci').width)
    for (const n of layout.nodes) {
      expect(n.x).toBeGreaterThanOrEqual(layout.plot.x0)
      expect(n.x + n.width).toBeLessThanOrEqual(layout.plot.x1)
      expect(n.y + n.height).toBeLessThanOrEqual(layout.height)
    }
  })
  it('spans the sources\' months where they disagree', () => {
    const d = nodeOf(layout, 'davinci-instruct-beta')
    expect(d.range!.x0).toBeLessThan(d.x)
    expect(d.range!.x1).toBeGreaterThan(d.x)
    const c = nodeOf(layout, 'code-davinci-002')
    expect(c.range!.x0).toBe(c.x)
    expect(c.range!.x1).toBeGreaterThan(c.x)
    expect(nodeOf(layout, 'chatgpt').range).toBeUndefined()
  })
  it('fans out the edges that leave one card for different lanes', () => {
    const trunks = layout.edges.filter(e => e.from === 'davinci' && e.to !== 'code-cushman-001').map(e => /^M([\d.]+)/.exec(e.d)![1])
    expect(new Set(trunks).size).toBe(trunks.length)
  })
  it('is the same for the same data', () => {
    expect(evolutionLayout(gptEvolution)).toEqual(layout)
  })
  it('refuses a cycle and an edge to a missing node', () => {
    const base: EvolutionGraph = { series: [{ id: 's', name: 'S' }], nodes: [{ id: 'a', name: 'a', series: 's', released: '2020-01' }, { id: 'b', name: 'b', series: 's', released: '2020-01' }], edges: [] }
    expect(() => evolutionLayout({ ...base, edges: [{ from: 'a', to: 'b', method: 'sft', evidence: 'stated' }, { from: 'b', to: 'a', method: 'sft', evidence: 'stated' }] }))
      .toThrow('cycle: a -> b -> a')
    expect(() => evolutionLayout({ ...base, edges: [{ from: 'a', to: 'x', method: 'sft', evidence: 'stated' }] })).toThrow('missing: x')
  })
  it('lays out a synthetic 200-node, 300-edge graph without overlapping cards or backward edges', () => {
    const graph = syntheticEvolution(200, 300)
    expect([graph.nodes.length, graph.edges.length]).toEqual([200, 300])
    const big = evolutionLayout(graph)
    const byId = new Map(big.nodes.map(n => [n.id, n]))
    const sorted = [...big.nodes].sort((a, b) => a.y - b.y || a.x - b.x)
    for (const [i, a] of sorted.entries()) {
      for (const b of sorted.slice(i + 1)) {
        if (b.y >= a.y + a.height)
          break
        expect(overlap(a, b), `${a.id} / ${b.id}`).toBe(false)
      }
    }
    for (const e of big.edges)
      expect(byId.get(e.to)!.x).toBeGreaterThanOrEqual(byId.get(e.from)!.x)
  })
})

describe('edgeGeometry', () => {
  const parent = { x: 100, y: 10, width: 60, height: 20 }
  it('runs along the lane when parent and child share it', () => {
    expect(edgeGeometry(parent, { x: 200, y: 10, width: 50, height: 20 })).toEqual({
      d: 'M100,20H193.5',
      arrow: 'M200,20L193.5,16.8L193.5,23.2Z',
      glyph: { x: 176.8, y: 20 },
    })
  })
  it('drops down a trunk inside the parent, then along the child\'s lane', () => {
    expect(edgeGeometry(parent, { x: 200, y: 50, width: 50, height: 20 }, 110)).toEqual({
      d: 'M110,20V55Q110,60 115,60H193.5',
      arrow: 'M200,60L193.5,56.8L193.5,63.2Z',
      glyph: { x: 154.3, y: 60 },
    })
  })
  it('joins a same-month child with a bracket left of both cards', () => {
    expect(edgeGeometry(parent, { x: 100, y: 50, width: 50, height: 20 }, 86)).toEqual({
      d: 'M100,20H91Q86,20 86,25V55Q86,60 91,60H93.5',
      arrow: 'M100,60L93.5,56.8L93.5,63.2Z',
      glyph: { x: 86, y: 40 },
    })
  })
})
