import { describe, expect, it } from 'vitest'
import { adjacentRuns } from '../../lib/chart/adjacent-runs'
import { dataTable } from '../../lib/chart/data-table'
import { clampStep, revealedAt } from '../../lib/chart/steps'
import { placeTooltip } from '../../lib/chart/tooltip-placement'

describe('clampStep', () => {
  it('keeps a step inside 0..last and makes it whole', () => {
    expect([-2, 0, 1.7, 3, 9].map(s => clampStep(s, 3))).toEqual([0, 0, 1, 3, 3])
  })
  it('shows the final state when there is no finite step', () => {
    expect([undefined, Number.NaN, Number.POSITIVE_INFINITY].map(s => clampStep(s, 2))).toEqual([2, 2, 2])
  })
  it('reveals from its step on', () => {
    expect([0, 1, 2].map(s => revealedAt(s, 1))).toEqual([false, true, true])
  })
})

describe('placeTooltip', () => {
  const plot = { width: 1000, height: 500 }
  it('goes below a mark in the upper half, centred, and above one in the lower half', () => {
    expect(placeTooltip({ x: 450, y: 100, width: 100, height: 20 }, plot)).toEqual({ left: '50%', top: '24.8%', transform: 'translate(-50%, 0)' })
    expect(placeTooltip({ x: 450, y: 400, width: 100, height: 20 }, plot)).toEqual({ left: '50%', top: '79.2%', transform: 'translate(-50%, -100%)' })
  })
  it('turns inwards near the left and right edges', () => {
    expect(placeTooltip({ x: 0, y: 0, width: 20, height: 20 }, plot).transform).toBe('translate(0%, 0)')
    expect(placeTooltip({ x: 960, y: 0, width: 20, height: 20 }, plot).transform).toBe('translate(-100%, 0)')
  })
  it('beside: on the side away from the nearer edge, at the mark\'s height', () => {
    expect(placeTooltip({ x: 100, y: 240, width: 100, height: 20 }, plot, { side: 'beside', gap: 8 }))
      .toEqual({ left: '20.8%', top: '50%', transform: 'translate(0, -50%)' })
    expect(placeTooltip({ x: 800, y: 0, width: 100, height: 20 }, plot, { side: 'beside', gap: 8 }).transform).toBe('translate(-100%, -2%)')
  })
})

describe('adjacentRuns', () => {
  const rows = ['a', 'b', 'c', 'd', 'e'].map((id, i) => ({ id, y: i * 10, height: 10 }))
  it('joins neighbouring marked rows into one run and keeps separate ones apart', () => {
    expect(adjacentRuns(rows, id => ['a', 'b', 'd'].includes(id))).toEqual([
      { ids: ['a', 'b'], y: 0, height: 20 },
      { ids: ['d'], y: 30, height: 10 },
    ])
  })
  it('finds none when nothing is marked', () => {
    expect(adjacentRuns(rows, () => false)).toEqual([])
  })
})

describe('dataTable', () => {
  it('refuses a row whose cells do not match the columns', () => {
    expect(() => dataTable('T', ['Row', 'A', 'B'], [{ id: 'x', header: 'X', cells: ['1'] }])).toThrow('row "x" has 1 cells, expected 2')
    expect(dataTable('T', ['Row', 'A'], [{ id: 'x', header: 'X', cells: ['1'] }]).rows).toHaveLength(1)
  })
})
