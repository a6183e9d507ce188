/** The ChatGPT pipeline's click steps: step k shows stages 0..k (pretraining, SFT, reward model, PPO). */
export function pipelineVisibleStages(stageCount: number, step: number): number {
  const last = stageCount - 1
  if (!Number.isFinite(step))
    return last
  return Math.max(0, Math.min(last, Math.floor(step)))
}
