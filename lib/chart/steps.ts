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
