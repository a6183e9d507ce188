import { type DataTable, dataTable } from '../chart/data-table'
import { PHONE } from '../chart/phone'
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
  /** A block's name (its step's label) and the rule under it, from the top. */
  blockLabelY: 19,
  blockRuleY: 27,
  blockLabelSize: 14,
} as const

/**
 * The phone layout, in screen px: the blocks one under another, each tree as an outline (a model on each row, a
 * derived model indented under its base, an elbow arrow from base to derived), so that every name reads whole at
 * 14 px on a 360 px screen and each row is a finger's height to tap.
 */
export const RELATIONS_PHONE_GEOMETRY = {
  fontSize: PHONE.text,
  headerHeight: 34,
  rowPitch: PHONE.touch,
  nodeHeight: 32,
  nodePadding: 10,
  /** How far a derived model sits right of its base. */
  indent: 28,
  /** Room between one block's last row and the next block's name. */
  blockGap: 14,
  bottomPadding: 4,
  blockLabelY: 20,
  blockRuleY: 28,
  blockLabelSize: 15,
} as const

export interface RelationsLayoutOptions {
  /** The phone layout (an outline, blocks stacked), for a chart this many screen px wide; units are screen px. */
  width?: number
}

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
  /** Baseline of the block's name and the rule's y under it. */
  labelY: number
  ruleY: number
}

export interface RelationsLayout {
  /** The phone layout: the blocks stacked, each tree an outline; units are screen px. */
  phone: boolean
  width: number
  height: number
  /** Type sizes, in units: the models' names, the blocks' names. */
  fontSize: number
  labelSize: number
  blocks: RelationBlock[]
  nodes: RelationNode[]
  edges: RelationEdge[]
}

/**
 * Lays out the base-model figure: one block per step, side by side; in each block the trees under the step's roots,
 * depth from left to right (base model → derived model), one row per leaf, a parent centred on its children.
 * Children follow the order of `models` (data/models.json is ordered by release). Pure: no DOM.
 */
export function relationsLayout(models: readonly RelationModel[], relations: RelationSteps, options: RelationsLayoutOptions = {}): RelationsLayout {
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
  if (options.width !== undefined)
    return outlineLayout(relations, children, model, options.width)
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
    outBlocks.push({ id: b.s.id, label: b.s.label, step: b.step, x: x0, width: b.width, labelY: g.blockLabelY, ruleY: g.blockRuleY })
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
  return { phone: false, width: g.width, height, fontSize: g.fontSize, labelSize: g.blockLabelSize, blocks: outBlocks, nodes, edges }
}

/**
 * The phone layout: block after block down the screen, each a name and under it its trees as an outline, a model on
 * each row in depth-first order (children in the data's order), a derived model `indent` right of its base, an
 * elbow from under the base to the derived model's left edge.
 */
function outlineLayout(relations: RelationSteps, children: ReadonlyMap<string, string[]>, model: (id: string) => RelationModel, width: number): RelationsLayout {
  const g = RELATIONS_PHONE_GEOMETRY
  const nodes: RelationNode[] = []
  const edges: RelationEdge[] = []
  const blocks: RelationBlock[] = []
  let top = 0
  relations.steps.forEach((s, step) => {
    let row = 0
    const place = (id: string, depth: number, parent: RelationNode | null) => {
      const m = model(id)
      const node: RelationNode = {
        id,
        name: m.name,
        open: m.openWeights,
        step,
        depth,
        x: depth * g.indent,
        y: top + g.headerHeight + row++ * g.rowPitch + (g.rowPitch - g.nodeHeight) / 2,
        width: Math.ceil(textWidth(m.name, g.fontSize) * 1.08 + 2 * g.nodePadding),
        height: g.nodeHeight,
      }
      nodes.push(node)
      if (parent) {
        const x = parent.x + g.indent / 2
        const end = { x: node.x, y: node.y + node.height / 2 }
        edges.push({ id: `${parent.id}->${id}`, from: parent.id, to: id, step, path: `M${x},${parent.y + parent.height} V${end.y} H${end.x}`, end })
      }
      for (const k of children.get(id) ?? [])
        place(k, depth + 1, node)
    }
    for (const r of s.roots)
      place(r, 0, null)
    blocks.push({ id: s.id, label: s.label, step, x: 0, width, labelY: top + g.blockLabelY, ruleY: top + g.blockRuleY })
    top += g.headerHeight + row * g.rowPitch + g.blockGap
  })
  const needed = Math.max(...nodes.map(n => n.x + n.width + 1), ...blocks.map(b => textWidth(b.label, g.blockLabelSize) * 1.08))
  const outWidth = Math.max(width, Math.ceil(needed))
  return {
    phone: true,
    width: outWidth,
    height: top - g.blockGap + g.bottomPadding,
    fontSize: g.fontSize,
    labelSize: g.blockLabelSize,
    blocks: blocks.map(b => ({ ...b, width: outWidth })),
    nodes,
    edges,
  }
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
