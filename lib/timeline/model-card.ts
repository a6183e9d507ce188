import type { LandscapeModel } from '../data/models-schema'
import { formatBillions, formatTokens } from '../format/number'

export interface ModelCard {
  title: string
  /** One line each: released and by whom, sizes, tokens, architecture and weights, base model. */
  lines: string[]
  note: string
  /** A one-sentence version, the mark's accessible name. */
  summary: string
}

/** The text of a model's hover card, from its entry in data/models.json. */
export function modelCard(m: LandscapeModel, byId: ReadonlyMap<string, LandscapeModel>): ModelCard {
  const sizes = m.parametersB ? m.parametersB.map(formatBillions).join(' / ') : '未公开'
  const tokens = m.trainingTokensB === null ? '未知' : formatTokens(m.trainingTokensB)
  const base = m.baseModel ? byId.get(m.baseModel)?.name ?? m.baseModel : null
  const lines = [
    `${m.released} · ${m.organisation}`,
    `参数：${sizes} · 训练 tokens：${tokens}`,
    `${m.architecture} · ${m.openWeights ? '开放权重' : '闭源'}`,
    ...(base ? [`基础模型：${base}`] : []),
  ]
  return {
    title: m.name,
    lines,
    note: m.note,
    summary: `${m.name}, ${m.organisation}, ${m.released}: ${m.parametersB ? `${sizes} parameters` : 'size not disclosed'}, ${m.architecture}, ${m.openWeights ? 'open weights' : 'closed weights'}`,
  }
}
