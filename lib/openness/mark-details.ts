import type { OpennessValue } from '../data/openness-ids'
import type { OpennessSource } from './source'
import { VALUE_LABELS } from './values'

export interface MarkDetails {
  /** "Llama 2 (Meta)". */
  model: string
  /** "预训练 · 模型参数". */
  title: string
  titleEn: string
  value: OpennessValue
  /** "✓ 公开". */
  valueLabel: string
  question: string
  /** The mark's own note, or else the model's. */
  note?: { text: string, url?: string }
}

/** The tooltip's content for the mark at an artefact and a model. */
export function markDetails(data: OpennessSource, row: string, col: string): MarkDetails {
  const artefact = data.artefacts.find(a => a.id === row)
  const model = data.models.find(m => m.id === col)
  if (!artefact)
    throw new Error(`unknown artefact: ${row}`)
  if (!model)
    throw new Error(`unknown model: ${col}`)
  const stage = data.stages.find(s => s.id === artefact.stage)
  const value = model.ratings[artefact.id]
  const v = VALUE_LABELS[value]
  const note = model.notes?.[artefact.id] ?? model.note
  return {
    model: `${model.name} (${model.developer})`,
    title: `${stage?.label ?? artefact.stage} · ${artefact.label}`,
    titleEn: `${stage?.labelEn ?? artefact.stage} · ${artefact.labelEn}`,
    value,
    valueLabel: `${v.glyph} ${v.label}`,
    question: artefact.question,
    note: note && { text: note.text, url: note.source.url },
  }
}

/** The details as the tooltip card of both openness matrices takes them (MatrixDetails): the note's source as a link. */
export function detailsCard(d: MarkDetails) {
  const { note, ...rest } = d
  return { ...rest, note: note?.text, links: note?.url ? [note.url] : [] }
}
