import type { OpennessGroupId, OpennessStageId } from '../data/openness-ids'
import { clampStep } from '../chart/steps'

/**
 * The matrix's click steps: 0 pretraining, 1 + SFT, 2 + alignment and the scores, 3 the fully open models against
 * the closed one, 4 the models that open their weights only.
 */
export const OPENNESS_STEPS = 4

/** The open-weights hub's last step: 0 the hub's list of weights, 1 what the model releases and keeps back. */
export const HUB_STEPS = 1

export interface OpennessStepState {
  /** Stages whose rows are drawn; the others are hidden. */
  stages: OpennessStageId[]
  showScores: boolean
  /** Groups whose tags and notes are shown. */
  groups: OpennessGroupId[]
  /** Groups whose columns stand out while the other columns fade; empty: nothing fades. */
  focus: OpennessGroupId[]
}

/** The first step + 1 stages, in the data's order: the stages a list or matrix shows at a click step. */
export function revealedStages(step: number, stages: readonly OpennessStageId[]): OpennessStageId[] {
  return stages.slice(0, clampStep(step, stages.length - 1) + 1)
}

export function opennessStepState(step: number, stages: readonly OpennessStageId[]): OpennessStepState {
  const s = clampStep(step, OPENNESS_STEPS)
  return {
    stages: revealedStages(s, stages),
    showScores: s >= 2,
    groups: s >= 4 ? ['fully-open', 'closed', 'open-weights'] : s >= 3 ? ['fully-open', 'closed'] : [],
    focus: s >= 4 ? ['open-weights'] : s >= 3 ? ['fully-open', 'closed'] : [],
  }
}

/** What step k of the matrix shows, in a sentence, for screen readers; labels from data/openness.json. */
export function opennessStepCaption(step: number, stages: readonly { id: OpennessStageId, label: string }[], groupLabel: (id: OpennessGroupId) => string): string {
  const s = clampStep(step, OPENNESS_STEPS)
  const state = opennessStepState(s, stages.map(st => st.id))
  if (s < stages.length)
    return `${stages[s]!.label}阶段公开的内容${state.showScores ? '，以及每个模型公开项与适用项之比' : ''}。`
  return `突出：${state.focus.map(groupLabel).join('与')}。`
}
