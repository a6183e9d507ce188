import type { ClicksContext } from '@slidev/types'
import { computed, type ComputedRef, getCurrentInstance, inject, nextTick, onMounted, onUnmounted, ref, type Ref, shallowRef, toValue, watch } from 'vue'
import { type ChartStepProps, clampStep } from '../lib/chart/steps'
import { isPrintPage } from '../lib/deck/print-page'

// Slidev's injection keys (@slidev/client/constants.ts); read with inject() so a chart also mounts outside a slide
// (component tests, the benchmark), where it draws its final state.
const CLICKS_CONTEXT = '$$slidev-clicks-context'
const SLIDE_PAGE = '$$slidev-page'
const SLIDEV_CONTEXT = '$$slidev-context'
const RENDER_CONTEXT = '$$slidev-render-context'

/** True on the pages that print the deck (PDF export, handout, the print view): no transitions, no controls. */
export function isPrinting(): boolean {
  return typeof window !== 'undefined' && isPrintPage(import.meta.env.BASE_URL, window.location)
}
const REDUCED_MOTION = typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true

export interface ChartStep {
  /** The step drawn, 0..last. */
  step: ComputedRef<number>
  /** The chart's last step. */
  last: number
  /** Transitions between steps: off in print and export, under reduced motion, and until the first step is drawn. */
  animate: ComputedRef<boolean>
  /** Printing: the chart drops its students' controls. */
  print: boolean
  /** The slide on screen in the slide or presenter view (not a preview, thumbnail or print copy). */
  onScreen: ComputedRef<boolean>
  /** What the step shows, in a sentence, for the live region; '' for none. */
  caption: ComputedRef<string>
  /** The chart has drawn the step its slide is at (the exporter waits for it). */
  ready: ComputedRef<boolean>
  /**
   * Calls `fn` when the lecturer moves the chart to another step: not when the chart first settles on the step its
   * slide is at (a page opened at click 3), so a student's view read from the address survives the arrival.
   */
  onMove: (fn: (step: number) => void) => void
}

export interface ChartStepOptions {
  /** What step k shows, announced to screen readers when the lecturer moves to it. */
  caption?: (step: number) => string
  /**
   * 'own' (default): the chart registers its steps with the slide's clicks, as Slidev's v-switch does, so the slide
   * needs no `clicks:`. 'slide': the chart follows clicks something else on the slide registers (a code block's
   * highlighted lines), counted from the slide's start.
   */
  clicks?: 'own' | 'slide'
}

/**
 * A chart's click steps, owned by the chart. Its `last` steps are registered with the slide's clicks context when
 * the chart mounts, so → walks through them in the slide view, the presenter view and `export --with-clicks`
 * (each print copy has its own context), and the reading view shows the last one. `props.step` overrides it (tests,
 * the benchmark); outside a slide the chart shows its final step.
 */
export function useChartStep(props: ChartStepProps, last: MaybeNumber, options: ChartStepOptions = {}): ChartStep {
  const lastStep = toValue(last)
  const clicks = inject<Ref<ClicksContext> | null>(CLICKS_CONTEXT, null)?.value ?? null
  const page = inject<Ref<number> | null>(SLIDE_PAGE, null)
  const slidev = inject<{ nav?: { currentSlideNo?: number } } | null>(SLIDEV_CONTEXT, null)
  const renderContext = inject<Ref<string> | null>(RENDER_CONTEXT, null)
  const own = options.clicks !== 'slide'
  const print = isPrinting()
  const id = `chart-step-${getCurrentInstance()?.uid ?? Math.random()}`
  const start = shallowRef<number | null>(null)
  const mounted = ref(false)
  /** Transitions wait until the chart has settled on its slide's step, so arriving never animates. */
  const motion = ref(false)

  onMounted(() => {
    mounted.value = true
    if (clicks && own && props.step === undefined && lastStep > 0) {
      const info = clicks.calculateSince('+1', lastStep)
      if (info) {
        clicks.register(id, info)
        start.value = info.start
      }
    }
  })
  onUnmounted(() => clicks?.unregister(id))

  const step = computed(() => {
    if (props.step !== undefined)
      return clampStep(props.step, lastStep)
    if (!clicks)
      return lastStep
    if (!own)
      return clampStep(clicks.current, lastStep)
    // Before the slide's clicks are counted (its context not mounted yet) Slidev reads every click as 0.
    return start.value === null ? 0 : clampStep(clicks.current - start.value + 1, lastStep)
  })
  const ready = computed(() => mounted.value && (!clicks || clicks.isMounted || props.step !== undefined))
  const moves: ((step: number) => void)[] = []
  let settled: number | null = null
  watch([step, ready], ([s, r]) => {
    if (!r)
      return
    if (settled === null)
      void nextTick(() => afterNextFrame(() => { motion.value = true }))
    else if (s !== settled)
      moves.forEach(fn => fn(s))
    settled = s
  }, { immediate: true })
  return {
    step,
    last: lastStep,
    animate: computed(() => props.animate !== false && !print && !REDUCED_MOTION && motion.value),
    print,
    onScreen: computed(() => !print && ['slide', 'presenter'].includes(renderContext?.value ?? '')
      && page !== null && page.value === slidev?.nav?.currentSlideNo),
    caption: computed(() => options.caption?.(step.value) ?? ''),
    ready,
    onMove: fn => moves.push(fn),
  }
}

type MaybeNumber = number | (() => number) | Ref<number>

function afterNextFrame(fn: () => void) {
  if (typeof requestAnimationFrame === 'function')
    requestAnimationFrame(() => fn())
  else
    fn()
}
