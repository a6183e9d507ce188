/**
 * Training tokens per parameter of the largest size (Chinchilla's compute-optimal rule is about 20); null when
 * either is unknown. Both figures are rounded in their sources, so the ratio keeps two significant figures at most:
 * one decimal below 10 (Gopher 1.1, MT-NLG 0.5), whole tokens from 10 on (ChatGLM-6B 167, not 166.7).
 */
export function tokensPerParameter(m: { parametersB: readonly number[] | null, trainingTokensB: number | null }): number | null {
  if (!m.parametersB || m.trainingTokensB === null)
    return null
  const ratio = m.trainingTokensB / Math.max(...m.parametersB)
  return ratio >= 10 ? Math.round(ratio) : Math.round(ratio * 10) / 10
}
