import { dataTable, type DataTable } from '../chart/data-table'
import type { GptEvolutionData } from '../data/gpt-evolution-schema'
import { monthLabel } from '../format/month'

/**
 * The lineage graph's text alternative: one row per model revealed so far, with its release, series, family and the
 * edges that lead to it (method and evidence), so every node and every edge the graph shows is in the table.
 */
export function evolutionTable(data: GptEvolutionData, revealed: (id: string) => boolean): DataTable {
  const name = new Map(data.nodes.map(n => [n.id, n.name]))
  const method = new Map(data.methods.map(m => [m.id, m.label]))
  const rows = data.nodes.filter(n => revealed(n.id)).map(n => ({
    id: n.id,
    header: n.name,
    cells: [
      monthLabel(n.released),
      data.series.find(s => s.id === n.series)?.name ?? '',
      data.families.find(f => f.id === n.family)?.name ?? '',
      data.edges.filter(e => e.to === n.id)
        .map(e => `${name.get(e.from)} (${method.get(e.method)}, ${e.evidence})`).join('; '),
    ],
  }))
  return dataTable(`${data.title}: the models revealed so far and how each came from another`,
    ['Model', 'Released', 'Series', 'Family', 'Came from (method, evidence)'], rows)
}

/** The chart's accessible name: what it draws, how many models, over which years. */
export function evolutionLabel(data: GptEvolutionData): string {
  const years = data.nodes.map(n => Number(n.released.slice(0, 4)))
  return `${data.title}: lineage graph of ${data.nodes.length} models, ${Math.min(...years)} to ${Math.max(...years)}, `
    + `in the families ${data.families.map(f => f.name).join(', ')}; ${data.edges.length} edges coloured by method, inferred edges dashed.`
}

/** A node's accessible name: the model, its month, and each edge into it. */
export function nodeLabel(data: GptEvolutionData, id: string): string {
  const node = data.nodes.find(n => n.id === id)!
  const name = new Map(data.nodes.map(n => [n.id, n.name]))
  const method = new Map(data.methods.map(m => [m.id, m.label]))
  const origins = data.edges.filter(e => e.to === id)
    .map(e => `${method.get(e.method)} from ${name.get(e.from)}${e.evidence === 'inferred' ? ' (inferred)' : ''}`)
  return `${node.name}, ${monthLabel(node.released)}${origins.length ? `: ${origins.join('; ')}` : ''}`
}

/** What the graph tells, for readers who cannot see it. */
export function evolutionDescription(data: GptEvolutionData): string {
  return `Each card is a model, placed at its release month in the band of its series (${data.series.map(s => s.name).join(', ')}). `
    + 'An arrow from one card to another says the second model was made from the first, by the method its colour and glyph name; '
    + 'dashed arrows are inferred, not stated by a source. The data table lists every model shown and the edges into it.'
}
