/** The sum of numbers (0 for none). */
export function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0)
}

/** The arithmetic mean; throws on an empty list rather than returning NaN (a chart never draws NaN). */
export function mean(values: readonly number[]): number {
  if (values.length === 0)
    throw new Error('mean of no values')
  return sum(values) / values.length
}
