import { describe, expect, it } from 'vitest'
import { landscapeModels } from '../../data'
import { PHONE } from '../../lib/chart/phone'
import { textWidth } from '../../lib/chart/text-width'
import { RELATIONS_GEOMETRY, RELATIONS_PHONE_GEOMETRY, relationsGrid, relationsLayout } from '../../lib/model-relations/layout'

const { models, relations } = landscapeModels
const numbers = (v: unknown): number[] => typeof v === 'number' ? [v] : v && typeof v === 'object' ? Object.values(v).flatMap(numbers) : []

describe('the relation graph on a phone (width)', () => {
  const slide = relationsLayout(models, relations)
  it('keeps the slide\'s geometry without a width', () => {
    expect(slide).toMatchObject({ phone: false, width: RELATIONS_GEOMETRY.width, fontSize: RELATIONS_GEOMETRY.fontSize })
    expect(slide.blocks.map(b => b.labelY)).toEqual(slide.blocks.map(() => RELATIONS_GEOMETRY.blockLabelY))
  })
  for (const width of [332, 302]) {
    const P = relationsLayout(models, relations, { width })
    it(`at ${width} px: every size is a number, the text 14 px or more`, () => {
      expect(P.phone).toBe(true)
      for (const v of numbers(P))
        expect(Number.isFinite(v)).toBe(true)
      expect(P.fontSize).toBeGreaterThanOrEqual(PHONE.text)
      expect(P.labelSize).toBeGreaterThanOrEqual(PHONE.text)
    })
    it(`at ${width} px: fits the screen's width, every name whole in its box`, () => {
      expect(P.width).toBe(width)
      for (const n of P.nodes) {
        expect(n.x, n.id).toBeGreaterThanOrEqual(0)
        expect(n.x + n.width, n.id).toBeLessThanOrEqual(width)
        expect(textWidth(n.name, P.fontSize) + 2 * RELATIONS_PHONE_GEOMETRY.nodePadding, n.id).toBeLessThanOrEqual(n.width)
      }
    })
    it(`at ${width} px: the same models and links as on the slide, block after block down the screen`, () => {
      expect(P.nodes.map(n => n.id).sort()).toEqual(slide.nodes.map(n => n.id).sort())
      expect(P.edges.map(e => e.id).sort()).toEqual(slide.edges.map(e => e.id).sort())
      for (let i = 1; i < P.blocks.length; i++) {
        const last = Math.max(...P.nodes.filter(n => n.step === i - 1).map(n => n.y + n.height))
        expect(P.blocks[i]!.labelY - P.labelSize, P.blocks[i]!.id).toBeGreaterThan(last)
      }
      expect(Math.max(...P.nodes.map(n => n.y + n.height))).toBeLessThanOrEqual(P.height)
    })
    it(`at ${width} px: a model on each row, a finger's height apart, a derived model indented under its base`, () => {
      const ys = P.nodes.map(n => n.y).sort((a, b) => a - b)
      for (let i = 1; i < ys.length; i++)
        expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(PHONE.touch)
      const byId = new Map(P.nodes.map(n => [n.id, n]))
      for (const e of P.edges) {
        const from = byId.get(e.from)!
        const to = byId.get(e.to)!
        expect(to.y, e.id).toBeGreaterThan(from.y)
        expect(to.x, e.id).toBe(from.x + RELATIONS_PHONE_GEOMETRY.indent)
        expect(e.end, e.id).toEqual({ x: to.x, y: to.y + to.height / 2 })
      }
      expect(relationsGrid(P, relations.steps.length - 1).flat()).toHaveLength(P.nodes.length)
    })
  }
})
