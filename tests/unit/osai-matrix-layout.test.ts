import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
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
