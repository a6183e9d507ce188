/**
 * Min-K% Prob (Shi et al., “Detecting Pretraining Data from Large Language Models”, arXiv 2310.16789): score a text by
 * the average log-probability of its k% least likely tokens. A text the model saw in pretraining rarely has very
 * unlikely tokens, so a high score (close to 0) suggests it was in the training data.
 */
import { mean } from '../math/sum-and-mean'

export interface MinKResult {
  /** Indices of the k% least likely tokens, in text order. */
  selected: number[]
  /** Mean natural-log probability of the selected tokens. */
  score: number
}

/** The paper's code keeps int(n·k) tokens; at least one, so a short text still has a score. */
export function minKCount(tokens: number, kPercent: number): number {
  if (!Number.isInteger(tokens) || tokens < 1)
    throw new Error(`expected at least one token, got ${tokens}`)
  if (!(kPercent > 0 && kPercent <= 100))
    throw new Error(`expected k between 0 and 100 percent, got ${kPercent}`)
  return Math.max(1, Math.floor(tokens * kPercent / 100))
}

export function minKProb(probabilities: readonly number[], kPercent: number): MinKResult {
  for (const p of probabilities) {
    if (!(p > 0 && p <= 1))
      throw new Error(`expected token probabilities in (0, 1], got ${p}`)
  }
  const count = minKCount(probabilities.length, kPercent)
  // Stable: equal probabilities keep text order.
  const selected = probabilities.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p || a.i - b.i)
    .slice(0, count).map(x => x.i).sort((a, b) => a - b)
  const score = mean(selected.map(i => Math.log(probabilities[i]!)))
  return { selected, score }
}
