/** Whole percent, halves rounded up (47.5 -> 48), as in the FMTI paper's tables. */
export function toPercent(share: number): number {
  // The epsilon keeps exact halves (0.475) from rounding down through floating-point error.
  return Math.round(share * 100 + 1e-9)
}
