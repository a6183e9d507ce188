import { type ChartAbout, type ChartSource, CITED_ONLY } from '../chart/about'
import type { GptEvolutionData } from '../data/gpt-evolution-schema'

/**
 * The GPT-3.5 Turbo table's panel: the table row for row (context window in tokens, training data up to a month),
 * from OpenAI's model documentation as it stood when the lecture read it (a page that changes: dated as read).
 */
export function turboAbout(data: GptEvolutionData): ChartAbout {
  const src = data.turboTable
  const doc = data.sources.find(s => s.id === src.source)!
  const source: ChartSource = { title: doc.label, by: doc.publisher ?? doc.short, date: turboRead(src), dateKind: 'read', url: doc.url, licence: CITED_ONLY }
  const columns = [{ id: 'model', label: '模型' }, { id: 'badge', label: '标记' }, { id: 'headline', label: '标题' }, { id: 'description', label: '说明' }, { id: 'context_window_tokens', label: '上下文窗口（token）' }, { id: 'training_data_until', label: '训练数据截至' }]
  const rows = src.rows.map((id) => {
    const n = data.nodes.find(x => x.id === id)!
    return [n.name, n.api?.badge ?? null, n.api?.headline ?? null, n.description, n.api?.contextWindow ?? null, n.api?.trainingCutoff ?? null]
  })
  return {
    fileName: 'gpt-3.5-turbo-table',
    sources: [source],
    method: `表中各行照录 OpenAI 模型文档的 ${src.heading} 表。${src.shown?.note ?? ''}`,
    citation: {
      key: 'openai-models-gpt35turbo',
      type: 'misc',
      title: `${src.heading} (${doc.label})`,
      authors: [doc.publisher ?? doc.short],
      year: Number((src.shown?.after ?? src.shown?.before ?? '').slice(0, 4)),
      url: doc.url,
      note: `read between ${src.shown?.after} and ${src.shown?.before}`,
    },
    shown: () => ({ columns, rows }),
    full: () => ({ columns, rows }),
  }
}

/** When OpenAI's table was read: between the newest date it shows and the first date it announces, where known. */
export function turboRead(table: GptEvolutionData['turboTable']): string | undefined {
  return table.shown && `${table.shown.after} 至 ${table.shown.before} 之间`
}
