/**
 * A chart's click step, as Slidev's `$clicks` gives it, made a whole step in 0..last.
 * `$clicks` can run past a chart's last step (a slide with more clicks than its chart) and is not a finite number
 * before the slide is entered in some views; both show the final state, which is also what print and replay show.
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
 * The props a stepped chart takes from its slide (`:step="$clicks" :animate="!$printMode"`): the click step,
 * clamped by the chart's own step function, and whether changes between steps are animated.
 */
export interface ChartStepProps {
  /** The click step; the final state when none is given (students' replay, the overview). */
  step?: number
  /** False in print and export, so a page never catches a half-run transition. */
  animate?: boolean
}

/** ChartStepProps' defaults: the final state, animated. */
export const CHART_STEP_DEFAULTS = { step: Number.POSITIVE_INFINITY, animate: true } as const
