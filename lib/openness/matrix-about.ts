import { type ChartAbout, type ChartDataset, workCitation, workSource } from '../chart/about'
import { modelPaper } from './paper'
import { opennessScore } from './score'
import type { OpennessSource } from './source'
import { opennessStepState, revealedStages } from './steps'

/** The six reports the ratings are read from, each dated as published; one BibTeX entry each. */
const reports = (data: OpennessSource) => ({
  sources: data.models.map(m => workSource(modelPaper(m), m.name)),
  citation: data.models.map(m => workCitation(modelPaper(m))),
})

const ratingColumns = [
  { id: 'stage_id', label: '阶段代号' }, { id: 'artefact_id', label: '内容代号' }, { id: 'artefact', label: '内容' },
  { id: 'model_id', label: '模型代号' }, { id: 'model', label: '模型' }, { id: 'value', label: '是否公开（open/closed/na）' },
  { id: 'model_open', label: '该模型公开项' }, { id: 'model_applicable', label: '该模型适用项' },
]

/** One row per model and artefact of the stages given: its rating, and (once drawn) the model's score over every artefact. */
function ratings(data: OpennessSource, stages: readonly string[], withScores: boolean): ChartDataset {
  const ids = data.artefacts.map(a => a.id)
  const artefacts = data.artefacts.filter(a => stages.includes(a.stage))
  return {
    columns: ratingColumns,
    rows: data.models.flatMap((m) => {
      const score = opennessScore(m, ids)
      return artefacts.map(a => [a.stage, a.id, a.label, m.id, m.name, m.ratings[a.id], withScores ? score.open : null, withScores ? score.applicable : null])
    }),
  }
}

/** The openness matrix's panel: the ratings of the stages drawn at the chart's step; the whole matrix in full. */
export function opennessMatrixAbout(data: OpennessSource, step: number): ChartAbout {
  const stageIds = data.stages.map(s => s.id)
  const state = opennessStepState(step, stageIds)
  return {
    fileName: 'openness-matrix',
    ...reports(data),
    method: `每格是一个模型是否公开构建过程中的一项内容（open 公开、closed 未公开、na 不适用），依该模型的技术报告或论文；模型下方的分数是公开项与适用项之比（不适用的项不计）。`,
    shown: () => ratings(data, state.stages, state.showScores),
    full: () => ratings(data, stageIds, true),
  }
}

const artefactColumns = [
  { id: 'n', label: '序号' }, { id: 'stage_id', label: '阶段代号' }, { id: 'stage', label: '阶段' },
  { id: 'artefact_id', label: '内容代号' }, { id: 'artefact', label: '内容' }, { id: 'artefact_en', label: '内容（英文）' }, { id: 'question', label: '所问的问题' },
]

/** The artefacts figure's panel: the artefacts of the stages shown at the step, numbered as the matrix's rows. */
export function opennessArtefactsAbout(data: OpennessSource, step: number): ChartAbout {
  const stageLabel = new Map(data.stages.map(s => [s.id, s.label]))
  const rows = (stages: readonly string[]) => data.artefacts
    .map((a, i) => [i + 1, a.stage, stageLabel.get(a.stage)!, a.id, a.label, a.labelEn, a.question])
    .filter(r => stages.includes(r[1] as string))
  const stageIds = data.stages.map(s => s.id)
  return {
    fileName: 'openness-artefacts',
    ...reports(data),
    method: `构建一个大语言模型分 ${data.stages.length} 个阶段，共 ${data.artefacts.length} 项可以公开的内容；每项内容是开源矩阵中的一行，所问的问题即矩阵为每个模型回答的问题，答案依各模型的技术报告。`,
    shown: () => ({ columns: artefactColumns, rows: rows(revealedStages(step, stageIds)) }),
    full: () => ({ columns: artefactColumns, rows: rows(stageIds) }),
  }
}
