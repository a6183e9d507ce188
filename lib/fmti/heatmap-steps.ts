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

/** What step k shows, in a sentence, for screen readers; `weakest` names the weakest dimensions step 2 outlines. */
export function heatmapStepCaption(step: number, weakest: readonly string[]): string {
  return [
    '每格是该开发者在该维度上满足的指标比例。',
    '加上平均值：最后一行是每家开发者的平均，最后一列是每个维度的平均。',
    `突出平均最低的 ${weakest.length} 个维度：${weakest.join('、')}。`,
    '开发者按平均值从高到低排序。',
  ][clampStep(step, HEATMAP_STEPS)]!
}
