import type { Era } from '../data/models-schema'
import { clampStep } from '../chart/steps'

export interface TimelineStepState {
  /** The era the lecturer is talking about: its band, annotation and highlighted models. */
  era: number
  /** Models released up to this month are drawn; later ones are hidden. */
  until: string
}

/** Click steps walk through the eras: step k shows every model up to the end of era k and annotates era k. */
export function timelineStepState(eras: readonly Pick<Era, 'to'>[], step: number): TimelineStepState {
  if (eras.length === 0)
    throw new Error('expected at least one era')
  const era = clampStep(step, eras.length - 1)
  return { era, until: eras[era]!.to }
}

/** The era a month falls in (eras are contiguous, as the schema checks). */
export function eraOf(eras: readonly Pick<Era, 'from' | 'to'>[], month: string): number {
  const i = eras.findIndex(e => e.from <= month && month <= e.to)
  if (i < 0)
    throw new Error(`no era contains ${month}`)
  return i
}
