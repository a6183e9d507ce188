/**
 * A chart's click step made a whole step in 0..last. A step past the chart's last one (a slide with more clicks
 * than its chart) or not a finite number shows the final state, which is also what print and replay show.
 */
export function clampStep(step: number | undefined, last: number): number {
  if (step === undefined || !Number.isFinite(step))
    return last
  return Math.max(0, Math.min(last, Math.floor(step)))
}

/** True once the chart has reached the step at which something is revealed. */
export function revealedAt(step: number, at: number): boolean {
  return step >= at
}

/**
 * The one reveal rule (styles/chart-theme.css): a part not reached yet keeps its place but is not seen
 * (`visibility`, never `display: none`, so nothing jumps as the steps add it) and fades in where motion is allowed.
 */
export function revealClass(revealed: boolean): string[] {
  return revealed ? ['step-reveal'] : ['step-reveal', 'step-hidden']
}

/**
 * What a stepped chart may be given instead of following its slide's clicks (composables/useChartStep.ts): a fixed
 * step (tests, the benchmark) and whether changes between steps are animated.
 */
export interface ChartStepProps {
  /** A fixed step; by default the chart follows the slide's clicks (its final step outside a slide). */
  step?: number
  /** False turns transitions off (they are always off in print and export and under reduced motion). */
  animate?: boolean
}

/** ChartStepProps' defaults (Vue reads an absent boolean prop as false). */
export const CHART_STEP_DEFAULTS = { step: undefined, animate: true } as const
