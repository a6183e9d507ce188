import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { overlaps } from '../../lib/chart/box'
import { textWidth } from '../../lib/chart/text-width'
import { headerLines, OSAI_MATRIX_GEOMETRY, osaiMatrixLayout, osaiMatrixStepState } from '../../lib/osai/matrix-layout'
import { OSAI_LECTURE_MODELS, OSAI_NEWER_MODELS } from '../../lib/osai/selection'

const data = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/osai-index.json'), 'utf8'))
const lecture = OSAI_LECTURE_MODELS.map(m => m.osai)
const L = osaiMatrixLayout(data, lecture, OSAI_NEWER_MODELS)

describe('osai matrix layout', () => {
  it('has at least 12 models, the lecture\'s first, and one mark per parameter and model with the data\'s class', () => {
    expect(L.columns.length).toBeGreaterThanOrEqual(12)
    expect(L.columns.slice(0, lecture.length).every(c => c.phase === 'lecture')).toBe(true)
    expect(L.marks).toHaveLength(12 * L.columns.length)
    for (const mk of L.marks) {
      const m = data.models.find((x: { id: string }) => x.id === mk.col)
      expect(mk.value).toBe(m.ratings[mk.row].class)
    }
  })
  it('orders rows as the index groups them, with a gap between groups', () => {
    expect(L.rows.map(r => r.id)).toEqual(data.groups.flatMap((g: { parameters: string[] }) => g.parameters))
    expect(L.groups.map(g => g.id)).toEqual(['availability', 'documentation', 'access'])
    expect(L.groups[1]!.y0 - L.groups[0]!.y1).toBe(OSAI_MATRIX_GEOMETRY.groupGap)
  })
  it('turns a group\'s name along its bracket when it is wider than the room beside it, and only then', () => {
    const room = OSAI_MATRIX_GEOMETRY.groupLabelWidth - 16
    // "Documentation" (13 units a character) and "可获得性" do not fit in 44 units; "访问" does, on its one row.
    expect(L.groups.map(g => [g.id, !!g.turned])).toEqual([['availability', true], ['documentation', true], ['access', false]])
    const access = L.groups.find(g => g.id === 'access')!
    expect(textWidth(access.label, OSAI_MATRIX_GEOMETRY.groupLabelSize)).toBeLessThan(room)
    // A turned name's longer line fits along its rows.
    for (const g of L.groups.filter(g => g.turned))
      expect(Math.max(textWidth(g.label, 14), textWidth(g.labelEn, 13))).toBeLessThan(g.y1 - g.y0)
  })
  it('scores each column as the mean of open 1, partial 0.5, closed 0, matching the data', () => {
    for (const s of L.scores) {
      const m = data.models.find((x: { id: string }) => x.id === s.col)
      const v = { open: 1, partial: 0.5, closed: 0 } as const
      const mean = Object.values(m.ratings as Record<string, { class: keyof typeof v }>).reduce((a, r) => a + v[r.class], 0) / 12
      expect(s.score).toBe(Math.round(mean * 1000) / 1000)
    }
  })
  it('keeps marks inside the viewBox and columns apart', () => {
    for (const mk of L.marks) {
      expect(mk.cell.x).toBeGreaterThanOrEqual(L.gridLeft - 0.001)
      expect(mk.cell.x + mk.cell.width).toBeLessThanOrEqual(L.width + 0.001)
      expect(mk.cy).toBeLessThan(L.gridBottom)
    }
    expect(L.legendY + OSAI_MATRIX_GEOMETRY.legendHeight).toBe(L.height)
  })
  it('refuses a model that is not in the data', () => {
    expect(() => osaiMatrixLayout(data, ['gpt-4'], [])).toThrow('osai matrix: model "gpt-4" is not in data/osai-index.json')
  })
  it('splits long names on two lines', () => {
    expect(headerLines('Mistral Large 3')).toEqual(['Mistral', 'Large 3'])
    expect(headerLines('OLMo')).toEqual(['OLMo'])
  })
  it('steps: the lecture\'s models, then the newer ones, then the scores', () => {
    expect(osaiMatrixStepState(0)).toEqual({ phases: ['lecture'], showScores: false })
    expect(osaiMatrixStepState(1)).toEqual({ phases: ['lecture', 'newer'], showScores: false })
    expect(osaiMatrixStepState(2)).toEqual({ phases: ['lecture', 'newer'], showScores: true })
    expect(osaiMatrixStepState(9)).toEqual(osaiMatrixStepState(2))
  })
})

describe('osai matrix layout on a phone (width)', () => {
  const P = osaiMatrixLayout(data, lecture, OSAI_NEWER_MODELS, { width: 302 })
  it('keeps the slide\'s layout without a width', () => {
    expect(L.phone).toBe(false)
    expect(L.width).toBe(1040)
    expect(L.columns[1]!.header).toEqual([{ text: 'Mistral', y: 18 }, { text: 'Large 3', y: 34 }])
    expect(L.columns.find(c => c.id === 'deepseek-r1')!.header[0]).toEqual({ text: 'DeepSeek', y: 18, fit: L.columns[0]!.width - 5 })
    expect(L.legend).toMatchObject({ x: L.gridLeft, y: L.legendY + 12, formula: { x: 470, y: 0, lines: ['score = mean(open 1, partial 0.5, closed 0)'] } })
  })
  it('puts the parameters\' Chinese names in a column of their own, within 45% of the screen', () => {
    expect(P.phone).toBe(true)
    expect(P.g.groupLabelWidth).toBe(0)
    expect(P.gridLeft).toBeLessThanOrEqual(302 * 0.45)
    for (const r of P.rows)
      expect(textWidth(r.label, 14), r.label).toBeLessThanOrEqual(P.gridLeft - 8)
  })
  it('heads each group above its rows, rows 44 px, columns as wide as their names in bold, marks apart', () => {
    for (const gr of P.groups) {
      expect(gr.heading!.y).toBeLessThan(gr.y0)
      expect(gr.heading!.y).toBeGreaterThan(gr.y0 - 32)
    }
    expect(new Set(P.rows.map(r => r.height))).toEqual(new Set([44]))
    for (const c of P.columns) {
      for (const line of c.header) {
        expect(textWidth(line.text, 14) * 1.08, line.text).toBeLessThanOrEqual(c.width - 8)
        expect(line.y).toBeLessThan(P.rows[0]!.y)
        expect(line.fit).toBeUndefined()
      }
    }
    for (let i = 0; i < P.marks.length; i++) {
      for (let j = i + 1; j < P.marks.length; j++)
        expect(overlaps(P.marks[i]!.cell, P.marks[j]!.cell)).toBe(false)
    }
    expect(P.width).toBe(P.columns.at(-1)!.x + P.columns.at(-1)!.width + 2)
  })
  it('stacks the key at the screen\'s width, the formula on two lines', () => {
    expect(P.legend).toMatchObject({ x: 0, y: 0, width: 302 })
    expect(P.legend.formula.lines).toEqual(['score = mean(open 1,', 'partial 0.5, closed 0)'])
    for (const line of P.legend.formula.lines)
      expect(textWidth(line, 14)).toBeLessThanOrEqual(302)
    expect(P.legend.formula.y + 17).toBeLessThan(P.legend.height)
  })
})
