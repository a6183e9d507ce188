/** "2023-02" as a number of months since year 0 (2023 * 12 + 1), so months can be placed on a linear axis. */
export function monthIndex(month: string): number {
  const match = /^(\d{4})-(\d{2})$/.exec(month)
  if (!match)
    throw new Error(`expected a month as YYYY-MM, got "${month}"`)
  return Number(match[1]) * 12 + Number(match[2]) - 1
}

/** The inverse of monthIndex: 24277 -> "2023-02". */
export function monthLabel(index: number): string {
  const year = Math.floor(index / 12)
  return `${year}-${String(index - year * 12 + 1).padStart(2, '0')}`
}
