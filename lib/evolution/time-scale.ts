import { scaleUtc } from 'd3-scale'
import { monthStart } from '../format/month'

/** The time axis: from the start of one month to the start of another, across x0..x1 (SVG units). */
export interface TimeAxis {
  from: string
  to: string
  x0: number
  x1: number
}

/** x of the start of a month on the axis. */
export function timeScale(axis: TimeAxis): (month: string) => number {
  const scale = scaleUtc().domain([monthStart(axis.from), monthStart(axis.to)]).range([axis.x0, axis.x1])
  return month => scale(monthStart(month))
}
