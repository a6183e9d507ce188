import { mean } from '../math/sum-and-mean'

export const OSAI_CLASSES = ['open', 'partial', 'closed'] as const
export type OsaiClass = typeof OSAI_CLASSES[number]

const OSAI_CLASS_VALUE: Record<OsaiClass, number> = { open: 1, partial: 0.5, closed: 0 }

/** The index's openness score: the mean of the classes (open 1, partial 0.5, closed 0), rounded to 3 decimals. */
export function osaiScore(classes: readonly OsaiClass[]): number {
  if (!classes.length)
    return 0
  return Math.round(mean(classes.map(c => OSAI_CLASS_VALUE[c])) * 1000) / 1000
}

/** A model's openness score over the given parameters (all 12 of the index, or a matrix's rows). */
export function osaiModelScore(model: { ratings: Readonly<Record<string, { class: OsaiClass }>> }, parameterIds: readonly string[]): number {
  return osaiScore(parameterIds.map(id => model.ratings[id]!.class))
}
