import { monthFromIndex, monthIndex, monthLabel, yearOf } from '../format/month'

/** One click step of the lecture: the models released from `from` through `through` (to the end when null). */
export interface EvolutionStep {
  index: number
  label: string
  from: string
  through: string | null
}

/**
 * The click steps, derived from the release months: each month up to `splitThrough` is a step of its own (named by
 * its year when it is that year's only step), and every later month falls in one last step ("2023 and after").
 */
export function evolutionSteps(months: readonly string[], splitThrough: string): EvolutionStep[] {
  const split = monthIndex(splitThrough)
  const distinct = [...new Set(months.map(monthIndex))].sort((a, b) => a - b)
  const early = distinct.filter(m => m <= split)
  const stepsInYear = new Map<number, number>()
  for (const m of early)
    stepsInYear.set(Math.floor(m / 12), (stepsInYear.get(Math.floor(m / 12)) ?? 0) + 1)
  const steps: EvolutionStep[] = early.map((m, index) => {
    const month = monthFromIndex(m)
    const year = Math.floor(m / 12)
    if (stepsInYear.get(year) === 1)
      return { index, label: String(year), from: `${year}-01`, through: monthFromIndex(Math.min(year * 12 + 11, split)) }
    return { index, label: monthLabel(month), from: month, through: month }
  })
  if (distinct.some(m => m > split)) {
    const from = monthFromIndex(split + 1)
    const label = from.endsWith('-01') ? `${yearOf(from)} and after` : `${monthLabel(from)} and after`
    steps.push({ index: steps.length, label, from, through: null })
  }
  return steps
}

/** The step that reveals a month; months before the first step belong to it. */
export function stepOfMonth(steps: readonly EvolutionStep[], month: string): number {
  const m = monthIndex(month)
  const found = steps.findIndex(s => s.through === null || m <= monthIndex(s.through))
  if (found === -1)
    throw new Error(`no step reveals ${month}`)
  return found
}
