/**
 * Training tokens per parameter of the largest size (Chinchilla's compute-optimal rule is about 20), rounded to one
 * decimal; null when either is unknown.
 */
export function tokensPerParameter(m: { parametersB: readonly number[] | null, trainingTokensB: number | null }): number | null {
  if (!m.parametersB || m.trainingTokensB === null)
    return null
  return Math.round((m.trainingTokensB / Math.max(...m.parametersB)) * 10) / 10
}
