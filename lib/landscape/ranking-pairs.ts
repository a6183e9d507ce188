export interface RankedPair {
  better: string
  worse: string
}

/** A labeller's ranking, best first: each tier holds answers judged equally good (InstructGPT's D > C > A = B). */
export type Ranking = readonly (readonly string[])[]

/** The ranking as it is written: tiers joined by " > ", answers within a tier by " = ". */
export function formatRanking(tiers: Ranking): string {
  return tiers.map(t => t.join(' = ')).join(' > ')
}

/**
 * The comparisons a reward model is trained on: every pair (better, worse) of answers in different tiers, in reading
 * order. K answers in K tiers give K(K−1)/2 pairs; a tie gives none, so D > C > A = B gives D>C, D>A, D>B, C>A, C>B.
 */
export function rankingPairs(tiers: Ranking): RankedPair[] {
  const all = tiers.flat()
  if (new Set(all).size !== all.length)
    throw new Error(`expected each answer once in the ranking, got ${formatRanking(tiers)}`)
  return tiers.flatMap((tier, i) => tier.flatMap(better => tiers.slice(i + 1).flat().map(worse => ({ better, worse }))))
}
