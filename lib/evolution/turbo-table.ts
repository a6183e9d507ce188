import type { GptEvolutionData } from '../data/gpt-evolution-schema'
import { dayLabelZh, monthLabel } from '../format/month'
import { formatThousands } from '../format/number'

export interface TurboRow {
  id: string
  model: string
  badge?: 'New' | 'Legacy'
  headline?: string
  description: string
  /** "16,385 tokens". */
  contextWindow: string
  /** "Up to Sep 2021". */
  trainingData: string
}

/** The seed's GPT-3.5 Turbo table, row for row, from the nodes that carry an api row. */
export function turboRows(data: GptEvolutionData): TurboRow[] {
  return data.turboTable.rows.map((id) => {
    const node = data.nodes.find(n => n.id === id)
    if (!node?.api)
      throw new Error(`missing api row: ${id}`)
    const { badge, headline, contextWindow, trainingCutoff } = node.api
    return {
      id,
      model: node.name,
      ...(badge ? { badge } : {}),
      ...(headline ? { headline } : {}),
      description: node.description,
      contextWindow: `${formatThousands(contextWindow)} tokens`,
      trainingData: `Up to ${monthLabel(trainingCutoff)}`,
    }
  })
}

/**
 * When the table's "New", "Currently points to" and "Will be deprecated" held, for the slide: "表的状态：2024 年 1 月
 * 25 日之后、2024 年 6 月 13 日之前", or null when the data does not say.
 */
export function turboTableShown(data: GptEvolutionData): string | null {
  const shown = data.turboTable.shown
  return shown ? `表的状态：${dayLabelZh(shown.after)}之后、${dayLabelZh(shown.before)}之前` : null
}
