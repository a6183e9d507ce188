/** 52000 -> "52K", 1100000 -> "1.1M", 534530 -> "535K": the way the seeds write data sizes. */
export function formatCount(n: number): string {
  if (n >= 1e6)
    return `${Number((n / 1e6).toPrecision(3))}M`
  if (n >= 1e3)
    return `${Number((n / 1e3).toPrecision(3))}K`
  return String(n)
}
