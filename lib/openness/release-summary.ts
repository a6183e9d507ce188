import type { OpennessStageId, OpennessValue } from '../data/openness-ids'
import type { OpennessSource } from './source'

export interface ReleaseGroup {
  stage: OpennessStageId
  stageLabel: string
  artefacts: { id: string, label: string }[]
}

/** What one model releases and keeps back, by value and then by stage (stages with nothing of that value left out). */
export function releaseSummary(data: OpennessSource, modelId: string): Record<OpennessValue, ReleaseGroup[]> {
  const model = data.models.find(m => m.id === modelId)
  if (!model)
    throw new Error(`unknown model: ${modelId}`)
  const of = (value: OpennessValue): ReleaseGroup[] => data.stages
    .map(s => ({
      stage: s.id,
      stageLabel: s.label,
      artefacts: data.artefacts.filter(a => a.stage === s.id && model.ratings[a.id] === value).map(a => ({ id: a.id, label: a.label })),
    }))
    .filter(g => g.artefacts.length > 0)
  return { open: of('open'), closed: of('closed'), na: of('na') }
}
