/** Parameters in billions: 175 -> "175B", 0.06 -> "60M". */
export function formatBillions(b: number): string {
  return b >= 1 ? `${b}B` : `${Math.round(b * 1000)}M`
}

/** A count in billions on a scale that reaches trillions (training tokens, axis ticks): 1400 -> "1.4T", 300 -> "300B". */
export function formatTokens(b: number): string {
  return b >= 1000 ? `${b / 1000}T` : formatBillions(b)
}

/** 52000 -> "52K", 1100000 -> "1.1M", 534530 -> "535K": the way the sources write data sizes. */
export function formatCount(n: number): string {
  if (n >= 1e6)
    return `${Number((n / 1e6).toPrecision(3))}M`
  if (n >= 1e3)
    return `${Number((n / 1e3).toPrecision(3))}K`
  return String(n)
}

/** A whole number with thousands separators: 16385 -> "16,385". */
export function formatThousands(n: number): string {
  return n.toLocaleString('en-US')
}
