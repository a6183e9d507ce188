export interface RankedPair {
  better: string
  worse: string
}

/**
 * The comparisons a reward model is trained on: a labeller's ranking of K answers, best first, gives every pair
 * (better, worse), K(K−1)/2 in all, in reading order: D > C > A > B gives D>C, D>A, D>B, C>A, C>B, A>B.
 */
export function rankingPairs(order: readonly string[]): RankedPair[] {
  if (new Set(order).size !== order.length)
    throw new Error(`expected each answer once in the ranking, got ${order.join(' > ')}`)
  return order.flatMap((better, i) => order.slice(i + 1).map(worse => ({ better, worse })))
}
