import type { HeatmapSort } from './heatmap-order'
import { clampStep } from '../chart/steps'

/** What the lecturer's click steps show: 0 the bare grid, 1 the averages, 2 the weakest dimensions, 3 sorted by average. */
export const HEATMAP_STEPS = 3

export interface HeatmapStepState {
  showAverages: boolean
  highlightWeakest: boolean
  /** Fade the other rows, only on the step that introduces the weakest dimensions. */
  dimOthers: boolean
  sort?: HeatmapSort
}

export function heatmapStepState(step: number): HeatmapStepState {
  const s = clampStep(step, HEATMAP_STEPS)
  return {
    showAverages: s >= 1,
    highlightWeakest: s >= 2,
    dimOthers: s === 2,
    sort: s >= 3 ? { axis: 'columns', by: 'average' } : undefined,
  }
}
