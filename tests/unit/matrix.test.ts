import { describe, expect, it } from 'vitest'
import { openness, osaiIndex } from '../../data'
import { markKeyGrid, stackGroupedRows } from '../../lib/matrix/grouped-rows'
import { groupCallouts } from '../../lib/openness/callouts'
import { opennessGroups } from '../../lib/openness/groups'
import { detailsCard, markDetails } from '../../lib/openness/mark-details'
import { opennessLayout } from '../../lib/openness/matrix-layout'
import { opennessStepState } from '../../lib/openness/steps'
import { opennessTable } from '../../lib/openness/table'
import { osaiMatrixLayout } from '../../lib/osai/matrix-layout'
import { osaiMatrixTable } from '../../lib/osai/matrix-table'
import { OSAI_MATRIX_MODELS } from '../../lib/osai/selection'
import { OSAI_CLASS_LABELS } from '../../lib/osai/values'

describe('stackGroupedRows', () => {
  it('stacks rows with a gap between groups and spans each run of a group', () => {
    expect(stackGroupedRows(['a', 'a', 'b', 'c', 'c'], { top: 10, rowHeight: 20, gap: 5 })).toEqual({
      ys: [10, 30, 55, 80, 100],
      spans: [{ id: 'a', y0: 10, y1: 50 }, { id: 'b', y0: 55, y1: 75 }, { id: 'c', y0: 80, y1: 120 }],
      bottom: 120,
    })
  })
  it('gives a group that comes back a second span', () => {
    expect(stackGroupedRows(['a', 'b', 'a'], { top: 0, rowHeight: 10, gap: 2 }).spans.map(s => s.id)).toEqual(['a', 'b', 'a'])
    expect(stackGroupedRows([], { top: 7, rowHeight: 10, gap: 2 })).toEqual({ ys: [], spans: [], bottom: 7 })
  })
})

describe('markKeyGrid', () => {
  it('keys the marks row|col, row by row', () => {
    expect(markKeyGrid(['r1', 'r2'], ['a', 'b'])).toEqual([['r1|a', 'r1|b'], ['r2|a', 'r2|b']])
  })
})

describe('the matrices\' tables', () => {
  it('the lecture\'s: one row per artefact and a score row, a cell per model', () => {
    const t = opennessTable(openness, opennessLayout(openness), 'c')
    expect(t.rows).toHaveLength(openness.artefacts.length + 1)
    expect(t.columns).toEqual(['阶段 · 内容', ...openness.models.map(m => m.name)])
    expect(t.rows.at(-1)!.cells).toEqual(['0/13', '3/12', '3/12', '4/10', '10/11', '13/13'])
  })
  it('the index\'s: one row per parameter and a score row', () => {
    const layout = osaiMatrixLayout(osaiIndex, OSAI_MATRIX_MODELS.slice(0, 5), OSAI_MATRIX_MODELS.slice(5))
    const t = osaiMatrixTable(osaiIndex, layout, 'c')
    expect(t.rows).toHaveLength(13)
    for (const [j, id] of OSAI_MATRIX_MODELS.entries()) {
      const value = osaiIndex.models.find(m => m.id === id)!.ratings[t.rows[0]!.id]!.class
      expect(t.rows[0]!.cells[j]).toBe(`${OSAI_CLASS_LABELS[value].glyph} ${value}`)
    }
    const value = { open: 1, partial: 0.5, closed: 0 } as const
    const mean = (id: string) => Object.values(osaiIndex.models.find(m => m.id === id)!.ratings).reduce((a, r) => a + value[r.class], 0) / 12
    expect(t.rows.at(-1)!.cells).toEqual(OSAI_MATRIX_MODELS.map(id => mean(id).toFixed(2)))
  })
})

describe('groupCallouts', () => {
  it('lists the groups on show from the top, a focused one with its members and wrapped description', () => {
    const c = groupCallouts(openness, opennessStepState(4, openness.stages.map(s => s.id)), opennessGroups(openness), 200, 100)
    expect(c.map(x => [x.id, x.focus])).toEqual([['fully-open', false], ['closed', false], ['open-weights', true]])
    expect(c.map(x => x.y)).toEqual([100, 130, 160])
    expect(c[2]!.members).toBe('Llama 2 · Qwen')
    expect(c[2]!.lines.join('')).toBe(openness.groups.find(g => g.id === 'open-weights')!.description)
  })
})

describe('detailsCard', () => {
  it('passes the note as text and its source as the one link', () => {
    const card = detailsCard(markDetails(openness, 'weights', 'gpt-4'))
    expect(card.note).toMatch(/^GPT-4 技术报告/)
    expect(card.links).toHaveLength(1)
    expect(detailsCard(markDetails(openness, 'weights', 'qwen'))).toMatchObject({ note: undefined, links: [] })
  })
})
