import { clampStep } from '../chart/steps'
/** The ChatGPT pipeline's click steps: step k shows stages 0..k (pretraining, SFT, reward model, PPO). */
export function pipelineVisibleStages(stageCount: number, step: number): number {
  return clampStep(step, stageCount - 1)
}
