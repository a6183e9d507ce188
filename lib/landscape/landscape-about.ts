import { type ChartAbout, type ChartDataset, type ChartSource, CITED_ONLY } from '../chart/about'
import type { Citation } from '../chart/citation'
import type { GptEvolutionData } from '../data/gpt-evolution-schema'
import type { LandscapeModel, ModelsData } from '../data/models-schema'
import { timelineStepState } from '../timeline/timeline-steps'

/** The lineage's sources, among them the survey article (zhihu-survey) the landscape is compiled from too. */
type Sources = GptEvolutionData['sources']

const columns = [
  { id: 'model_id', label: '模型代号' }, { id: 'model', label: '模型' }, { id: 'organisation', label: '机构' },
  { id: 'released', label: '发布（月）' }, { id: 'parameters_b', label: '参数量（十亿）' }, { id: 'training_tokens_b', label: '训练 token（十亿）' },
  { id: 'architecture', label: '架构' }, { id: 'open_weights', label: '权重公开' }, { id: 'base_model', label: '基础模型' }, { id: 'url', label: '出处' },
]
const row = (m: LandscapeModel) => [
  m.id, m.name, m.organisation, m.released, m.parametersB?.join('; ') ?? null, m.trainingTokensB ?? null,
  m.architecture, m.openWeights, m.baseModel, m.source.url ?? null,
]
const table = (models: readonly LandscapeModel[]): ChartDataset => ({ columns, rows: models.map(row) })

/** The two documents the landscape is compiled from: the survey article (undated) and the tracking document as read. */
function compiledFrom(data: Pick<ModelsData, 'tracker'>, lineage: Sources): { sources: ChartSource[], citation: Citation } {
  const t = data.tracker
  const survey = lineage.find(s => s.id === 'zhihu-survey')!
  return {
    sources: [
      { title: survey.label, by: survey.publisher ?? survey.short, dateKind: 'published', licence: CITED_ONLY, ...(survey.url ? { url: survey.url } : {}) },
      { title: t.title, by: `${t.medium}，未署名`, date: t.readOn, dateKind: 'read', licence: CITED_ONLY },
    ],
    citation: { key: `llm-tracker-${t.readOn.slice(0, 4)}`, type: 'misc', title: t.title, authors: ['Anonymous'], year: Number(t.readOn.slice(0, 4)), note: `${t.medium}, unsigned and undated; read ${t.readOn}` },
  }
}

const METHOD = '每个模型的发布月份、参数量、训练 token 数、架构与是否公开权重，依其论文或发布页（见数据的“出处”列），并与两份汇总对照；'

/** The timeline's panel: the models drawn at the chart's step (released by the end of its era, and those it names). */
export function timelineAbout(data: Pick<ModelsData, 'models' | 'eras' | 'tracker'>, lineage: Sources, step: number): ChartAbout {
  const state = timelineStepState(data.eras, step)
  const named = new Set(data.eras[state.era]!.highlight)
  return {
    fileName: 'model-timeline',
    ...compiledFrom(data, lineage),
    method: `${METHOD}图中横轴为发布月份，纵轴为参数量（对数刻度）；第 ${state.era + 1} 步画出到 ${state.until} 为止发布的模型。`,
    shown: () => table(data.models.filter(m => m.released <= state.until || named.has(m.id))),
    full: () => table(data.models),
  }
}

/** The relation graph's panel: the models of the groups drawn at the step (`nodes` as laid out), each with its base model. */
export function relationsAbout(data: Pick<ModelsData, 'models' | 'tracker'>, lineage: Sources, nodes: readonly { id: string, step: number }[], step: number): ChartAbout {
  const byId = new Map(data.models.map(m => [m.id, m]))
  return {
    fileName: 'model-relations',
    ...compiledFrom(data, lineage),
    method: `${METHOD}箭头从基础模型指向在其上训练得到的模型（“基础模型”列）。`,
    shown: () => table(nodes.filter(n => n.step <= step).map(n => byId.get(n.id)!)),
    full: () => table(nodes.map(n => byId.get(n.id)!)),
  }
}
