import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { landscapeModels } from '../../data'
import { DataError, formatProblem } from '../../lib/data/format-issues'
import { modelsSchema } from '../../lib/data/models-schema'
import { validate } from '../../lib/data/parse-json'
import { RELATIONS_GEOMETRY, type RelationModel, relationRows, relationsGrid, relationsLayout, relationsTable } from '../../lib/model-relations/layout'
import { textWidth } from '../../lib/chart/text-width'

const g = RELATIONS_GEOMETRY
const m = (id: string, baseModel: string | null, openWeights = true): RelationModel => ({ id, name: id.toUpperCase(), openWeights, baseModel })

describe('relationsLayout on a small forest', () => {
  // a → b → c, a → d; e alone; f → g in a second step; h derived from a but not shown.
  const models = [m('a', null, false), m('b', 'a'), m('c', 'b'), m('d', 'a'), m('e', null, false), m('f', null), m('g', 'f'), m('h', 'a')]
  const steps = [{ id: 's1', label: '一', roots: ['a', 'e'] }, { id: 's2', label: '二', roots: ['f'] }]
  const layout = relationsLayout(models, { steps, shown: ['a', 'b', 'c', 'd', 'e', 'f', 'g'] })
  const w = (name: string) => Math.ceil(textWidth(name, g.fontSize) + 2 * g.nodePadding)
  const rowY = (row: number) => g.headerHeight + row * g.rowPitch + (g.rowPitch - g.nodeHeight) / 2

  it('puts leaves on rows, a parent midway between its first and last child, depth from left to right', () => {
    const at = new Map(layout.nodes.map(n => [n.id, n]))
    expect(at.get('c')!.y).toBe(rowY(0))
    expect(at.get('d')!.y).toBe(rowY(1))
    expect(at.get('b')!.y).toBe(rowY(0))
    expect(at.get('a')!.y).toBe(rowY(0.5))
    expect(at.get('e')!.y).toBe(rowY(2))
    expect([at.get('a')!.depth, at.get('b')!.depth, at.get('c')!.depth, at.get('d')!.depth]).toEqual([0, 1, 2, 1])
    const col1 = Math.max(w('A'), w('E'))
    expect(at.get('b')!.x).toBe(col1 + g.columnGap)
    expect(at.get('d')!.x).toBe(col1 + g.columnGap)
    expect(at.get('c')!.x).toBe(col1 + g.columnGap + Math.max(w('B'), w('D')) + g.columnGap)
  })
  it('places the blocks side by side over the full width, the last one flush right', () => {
    expect(layout.blocks.map(b => ({ id: b.id, step: b.step, x: b.x }))).toEqual([
      { id: 's1', step: 0, x: 0 },
      { id: 's2', step: 1, x: g.width - layout.blocks[1]!.width },
    ])
    expect(layout.height).toBe(g.headerHeight + 3 * g.rowPitch + g.bottomPadding)
  })
  it('draws one edge per base link among the shown models, base → derived, and none to a model not shown', () => {
    expect(layout.edges.map(e => e.id).sort()).toEqual(['a->b', 'a->d', 'b->c', 'f->g'])
    const ab = layout.edges.find(e => e.id === 'a->b')!
    const a = layout.nodes.find(n => n.id === 'a')!
    const b = layout.nodes.find(n => n.id === 'b')!
    expect(ab.path).toBe(`M${a.x + a.width},${a.y + g.nodeHeight / 2} C${(a.x + a.width + b.x) / 2},${a.y + g.nodeHeight / 2} ${(a.x + a.width + b.x) / 2},${b.y + g.nodeHeight / 2} ${b.x},${b.y + g.nodeHeight / 2}`)
    expect(layout.edges.find(e => e.id === 'b->c')!.path).toMatch(/^M[\d.]+,[\d.]+ H[\d.]+$/)
    expect(layout.edges.find(e => e.id === 'f->g')!.step).toBe(1)
    expect(layout.nodes.map(n => n.id)).not.toContain('h')
  })
  it('gives the keyboard the shown blocks\' rows, block after block, each row left to right', () => {
    expect(relationsGrid(layout, 0)).toEqual([['b', 'c'], ['a'], ['d'], ['e']])
    expect(relationsGrid(layout, 1)).toEqual([['b', 'c'], ['a'], ['d'], ['e'], ['f', 'g']])
  })
  it('refuses a model it does not know', () => {
    expect(() => relationsLayout(models, { steps: [{ id: 'x', label: 'x', roots: ['zz'] }], shown: ['zz'] })).toThrow('relationsLayout: no model "zz" in data/models.json')
  })
})

describe('the figure drawn from data/models.json', () => {
  const { models, relations } = landscapeModels
  const layout = relationsLayout(models, relations)
  const byId = new Map(models.map(x => [x.id, x]))

  it('draws every model of relations.shown once, and an edge for every base link among them', () => {
    expect(layout.nodes.map(n => n.id).sort()).toEqual([...relations.shown].sort())
    const expected = relations.shown.filter(id => byId.get(id)!.baseModel && relations.shown.includes(byId.get(id)!.baseModel!))
      .map(id => `${byId.get(id)!.baseModel}->${id}`)
    expect(layout.edges.map(e => e.id).sort()).toEqual(expected.sort())
    expect(layout.edges.map(e => e.id)).toEqual(expect.arrayContaining(['gpt-3->gpt-3-5', 'gpt-3-5->chatgpt', 'lamda->flan', 'palm->u-palm', 'u-palm->flan-u-palm', 't5->flan-t5', 'chatyuan->bianque', 'bloomz->belle', 'glm-130b->chatglm', 'llama->alpaca', 'llama->guanaco']))
  })
  it('colours by the data: closed GPT-3.5 and ChatGLM, open T5 and Alpaca', () => {
    const open = new Map(layout.nodes.map(n => [n.id, n.open]))
    expect([open.get('gpt-3-5'), open.get('chatglm'), open.get('t5'), open.get('alpaca')]).toEqual([false, false, true, true])
  })
  it('keeps each base model left of the models derived from it, and no two nodes overlapping', () => {
    const at = new Map(layout.nodes.map(n => [n.id, n]))
    for (const e of layout.edges)
      expect(at.get(e.from)!.x + at.get(e.from)!.width, e.id).toBeLessThan(at.get(e.to)!.x)
    for (const a of layout.nodes) {
      for (const b of layout.nodes) {
        if (a === b)
          continue
        const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y
        expect(apart, `${a.id} / ${b.id}`).toBe(true)
      }
    }
  })
  it('fits the 980-unit slide, its labels at 16 px or more at 1280x720, each inside its box', () => {
    const pxPerUnit = 1280 / 980
    expect(g.fontSize * pxPerUnit).toBeGreaterThanOrEqual(16)
    for (const n of layout.nodes) {
      expect(n.x, n.id).toBeGreaterThanOrEqual(0)
      expect(n.x + n.width, n.id).toBeLessThanOrEqual(layout.width)
      expect(textWidth(n.name, g.fontSize), n.id).toBeLessThan(n.width)
    }
    // Block headings are 14 units (the component's CSS): each fits before the next block starts.
    layout.blocks.forEach((b, i) => {
      const room = (layout.blocks[i + 1]?.x ?? layout.width) - b.x
      expect(textWidth(b.label, 14), b.id).toBeLessThanOrEqual(room)
    })
  })
  it('lists in its table every model in a base link, drawn or not, with its base', () => {
    const rows = relationRows(models, relations.shown)
    const withBase = models.filter(x => x.baseModel)
    for (const x of withBase)
      expect(rows.find(r => r.id === x.id)?.base, x.id).toBe(byId.get(x.baseModel!)!.name)
    expect(rows.find(r => r.id === 'chinese-llama-alpaca')).toMatchObject({ base: 'LLaMA', drawn: false })
    expect(rows.find(r => r.id === 'gpt-4')).toMatchObject({ base: null, drawn: true })
    expect(rows.find(r => r.id === 'gpt-1')).toBeUndefined()
    const table = relationsTable(rows, 'T')
    expect(table.columns).toEqual(['模型', '机构', '发布', '权重', '基础模型', '图中'])
    expect(table.rows.find(r => r.id === 'alpaca')).toEqual({ id: 'alpaca', header: 'Alpaca', cells: ['Stanford', '2023-03', '开放权重', 'LLaMA', '画出'] })
  })
})

describe('models.json relations validation', () => {
  const fresh = () => JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/models.json'), 'utf8'))
  const problems = (d: unknown) => {
    try {
      validate('data/models.json', modelsSchema, d)
    }
    catch (e) {
      if (e instanceof DataError)
        return e.problems.map(formatProblem)
      throw e
    }
    return []
  }
  it('refuses a shown model that no root reaches, and a root that is not shown', () => {
    const d = fresh()
    d.relations.shown = d.relations.shown.filter((id: string) => id !== 'llama')
    const i = d.relations.shown.indexOf('alpaca')
    expect(problems(d)).toContain('data/models.json: relations.steps[2].roots[0]: expected a root listed in relations.shown, "llama" is not')
    expect(problems(d)).toContain(`data/models.json: relations.shown[${i}]: expected "alpaca" to descend from a step's root through models shown, it reaches "alpaca", which is no root`)
  })
  it('refuses a root twice and a root whose base is shown', () => {
    const d = fresh()
    d.relations.steps[1].roots.push('gpt-3')
    d.relations.steps[0].roots.push('gpt-3-5')
    const p = problems(d)
    expect(p).toContain('data/models.json: relations.steps[1].roots[4]: expected each root once, "gpt-3" is already a root of step 0')
    expect(p).toContain(`data/models.json: relations.shown[${d.relations.shown.indexOf('gpt-3-5')}]: expected a root to have no base model shown, "gpt-3-5" is derived from "gpt-3"`)
  })
})
