import { type DataTable, dataTable } from '../chart/data-table'
import { textWidth } from '../chart/text-width'

/** What the layout needs of a model of data/models.json. */
export interface RelationModel {
  id: string
  name: string
  openWeights: boolean
  baseModel: string | null
}

export interface RelationSteps {
  steps: readonly { id: string, label: string, roots: readonly string[] }[]
  shown: readonly string[]
}

export const RELATIONS_GEOMETRY = {
  width: 980,
  /** 13 units = 17 px at 1280x720 (980 units across a 1280 px slide). */
  fontSize: 13,
  headerHeight: 32,
  rowPitch: 42,
  nodeHeight: 30,
  nodePadding: 10,
  /** Horizontal room between two depths of a tree, for the edges. */
  columnGap: 30,
  /** The least room between two blocks. */
  blockGap: 20,
  bottomPadding: 4,
} as const

export interface RelationNode {
  id: string
  name: string
  open: boolean
  /** The step (and block) the node belongs to. */
  step: number
  depth: number
  x: number
  y: number
  width: number
  height: number
}

export interface RelationEdge {
  /** "<base>-><derived>", as in data-edge. */
  id: string
  from: string
  to: string
  step: number
  path: string
  /** Where the arrow ends (the derived model's left edge), for the arrowhead. */
  end: { x: number, y: number }
}

export interface RelationBlock {
  id: string
  label: string
  step: number
  x: number
  width: number
}

export interface RelationsLayout {
  width: number
  height: number
  blocks: RelationBlock[]
  nodes: RelationNode[]
  edges: RelationEdge[]
}

/**
 * Lays out the base-model figure: one block per step, side by side; in each block the trees under the step's roots,
 * depth from left to right (base model → derived model), one row per leaf, a parent centred on its children.
 * Children follow the order of `models` (data/models.json is ordered by release). Pure: no DOM.
 */
export function relationsLayout(models: readonly RelationModel[], relations: RelationSteps): RelationsLayout {
  const g = RELATIONS_GEOMETRY
  const byId = new Map(models.map(m => [m.id, m]))
  const shown = new Set(relations.shown)
  const children = new Map<string, string[]>()
  for (const m of models) {
    if (shown.has(m.id) && m.baseModel && shown.has(m.baseModel)) {
      const list = children.get(m.baseModel) ?? []
      list.push(m.id)
      children.set(m.baseModel, list)
    }
  }
  const model = (id: string) => {
    const m = byId.get(id)
    if (!m)
      throw new Error(`relationsLayout: no model "${id}" in data/models.json`)
    return m
  }
  const nodeWidth = (id: string) => Math.ceil(textWidth(model(id).name, g.fontSize) + 2 * g.nodePadding)

  // Each block: rows and depths first, then the widths of its depth columns.
  const blocks = relations.steps.map((s, step) => {
    const placed: { id: string, depth: number, row: number }[] = []
    let rows = 0
    const place = (id: string, depth: number): number => {
      const kids = children.get(id) ?? []
      let row: number
      if (kids.length === 0) {
        row = rows++
      }
      else {
        const rowsOfKids = kids.map(k => place(k, depth + 1))
        row = (rowsOfKids[0]! + rowsOfKids.at(-1)!) / 2
      }
      placed.push({ id, depth, row })
      return row
    }
    for (const r of s.roots)
      place(r, 0)
    const depths = Math.max(...placed.map(p => p.depth)) + 1
    const columnWidths = Array.from({ length: depths }, (_, d) => Math.max(...placed.filter(p => p.depth === d).map(p => nodeWidth(p.id))))
    const width = columnWidths.reduce((a, b) => a + b, 0) + (depths - 1) * g.columnGap
    return { s, step, placed, rows, columnWidths, width }
  })

  const total = blocks.reduce((a, b) => a + b.width, 0)
  const gap = blocks.length > 1 ? Math.max(g.blockGap, (g.width - total) / (blocks.length - 1)) : 0
  const rows = Math.max(...blocks.map(b => b.rows))
  const height = g.headerHeight + rows * g.rowPitch + g.bottomPadding

  const nodes: RelationNode[] = []
  const outBlocks: RelationBlock[] = []
  let x0 = blocks.length > 1 ? 0 : (g.width - total) / 2
  for (const b of blocks) {
    const columnX = b.columnWidths.map((_, d) => x0 + b.columnWidths.slice(0, d).reduce((a, w) => a + w, 0) + d * g.columnGap)
    for (const p of [...b.placed].sort((a, c) => a.row - c.row || a.depth - c.depth)) {
      const m = model(p.id)
      nodes.push({
        id: p.id,
        name: m.name,
        open: m.openWeights,
        step: b.step,
        depth: p.depth,
        x: columnX[p.depth]!,
        y: g.headerHeight + p.row * g.rowPitch + (g.rowPitch - g.nodeHeight) / 2,
        width: b.columnWidths[p.depth]!,
        height: g.nodeHeight,
      })
    }
    outBlocks.push({ id: b.s.id, label: b.s.label, step: b.step, x: x0, width: b.width })
    x0 += b.width + gap
  }

  const nodeById = new Map(nodes.map(n => [n.id, n]))
  const edges: RelationEdge[] = []
  for (const n of nodes) {
    const base = byId.get(n.id)!.baseModel
    const from = base ? nodeById.get(base) : undefined
    if (!from)
      continue
    const x1 = from.x + from.width
    const y1 = from.y + from.height / 2
    const x2 = n.x
    const y2 = n.y + n.height / 2
    const xm = (x1 + x2) / 2
    edges.push({
      id: `${from.id}->${n.id}`,
      from: from.id,
      to: n.id,
      step: n.step,
      path: y1 === y2 ? `M${x1},${y1} H${x2}` : `M${x1},${y1} C${xm},${y1} ${xm},${y2} ${x2},${y2}`,
      end: { x: x2, y: y2 },
    })
  }
  return { width: g.width, height, blocks: outBlocks, nodes, edges }
}

/** What the table needs of a model of data/models.json. */
export interface RelationTableModel extends RelationModel {
  organisation: string
  released: string
}

export interface RelationRow {
  id: string
  name: string
  organisation: string
  released: string
  open: boolean
  base: string | null
  /** True when the figure draws the model. */
  drawn: boolean
}

/**
 * The figure's table alternative: every model drawn, and every model in a base-model link of the data (drawn or
 * not), in the data's order.
 */
export function relationRows(models: readonly RelationTableModel[], shown: readonly string[]): RelationRow[] {
  const drawn = new Set(shown)
  const bases = new Set(models.map(m => m.baseModel).filter((b): b is string => b !== null))
  const name = new Map(models.map(m => [m.id, m.name]))
  return models
    .filter(m => drawn.has(m.id) || m.baseModel !== null || bases.has(m.id))
    .map(m => ({
      id: m.id,
      name: m.name,
      organisation: m.organisation,
      released: m.released,
      open: m.openWeights,
      base: m.baseModel ? name.get(m.baseModel) ?? m.baseModel : null,
      drawn: drawn.has(m.id),
    }))
}

/** The figure's text alternative (DataTable.vue): one row per model of relationRows. */
export function relationsTable(rows: readonly RelationRow[], caption: string): DataTable {
  return dataTable(caption, ['模型', '机构', '发布', '权重', '基础模型', '图中'], rows.map(r => ({
    id: r.id,
    header: r.name,
    cells: [r.organisation, r.released, r.open ? '开放权重' : '闭源', r.base ?? '—', r.drawn ? '画出' : '未画出'],
  })))
}

/**
 * The keyboard's grid: the drawn nodes of the blocks on show, block after block; in each block its visual rows, top to
 * bottom, each row left to right. ↓ goes down a block and on into the next one, → along a row.
 */
export function relationsGrid(layout: RelationsLayout, shownStep: number): string[][] {
  const grid: string[][] = []
  for (const b of layout.blocks.filter(k => k.step <= shownStep)) {
    const rows = new Map<number, RelationNode[]>()
    for (const n of layout.nodes.filter(k => k.step === b.step)) {
      const row = rows.get(n.y) ?? []
      row.push(n)
      rows.set(n.y, row)
    }
    grid.push(...[...rows.entries()].sort((x, y) => x[0] - y[0]).map(([, ns]) => ns.sort((x, y) => x.x - y.x).map(n => n.id)))
  }
  return grid
}
