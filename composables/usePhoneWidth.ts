import { computed, type ComputedRef, type MaybeRefOrGetter, onMounted, onUnmounted, type Ref, ref, toValue } from 'vue'
import { PHONE_BELOW } from '../lib/chart/phone'
import { isPrinting } from './useChartStep'

export interface PhoneWidth {
  /**
   * The chart's width in screen px when it is drawn narrower than the slide canvas gives it (a phone's reading view):
   * the width its layout function lays the phone layout out for, so that one viewBox unit is one screen px. Null on the
   * slide canvas, in print, and while the chart is not laid out (a hidden slide).
   */
  width: Ref<number | null>
  /** The page's CSS zoom at the chart (the reading view may zoom its reflowed slide): CSS px = screen px / zoom. */
  zoom: Ref<number>
  /** A length of `units` screen px in CSS: a phone layout's SVG size. */
  px: (units: number) => string
  /** `--px`, one screen px in CSS, for the chart's root: its phone styles size text and controls as `calc(14 * var(--px))`. */
  vars: ComputedRef<Record<string, string>>
}

/**
 * Watches a chart's root with a ResizeObserver and tells when the chart takes its phone layout, and for what width. On the slide
 * canvas (980 px wide, scaled by a transform that does not change layout widths) a chart is never narrower than
 * PHONE_BELOW, so the projector and the PDF keep their layout whatever the window.
 */
export function usePhoneWidth(root: MaybeRefOrGetter<HTMLElement | null | undefined>): PhoneWidth {
  const width = ref<number | null>(null)
  const zoom = ref(1)
  const px = (units: number) => `${units / zoom.value}px`
  const vars = computed(() => ({ '--px': px(1) }))
  if (typeof ResizeObserver === 'undefined' || isPrinting())
    return { width, zoom, px, vars }
  const measure = (el: HTMLElement) => {
    const local = el.clientWidth
    const z = (el as HTMLElement & { currentCSSZoom?: number }).currentCSSZoom ?? 1
    zoom.value = z
    width.value = local > 0 && local < PHONE_BELOW ? Math.floor(local * z) : null
  }
  // The root is read once mounted, so a chart may name it (its marks' root) before it exists. The observer's first
  // report comes after the page's next layout and before its paint: measuring here instead would force a layout of
  // the chart just drawn in the middle of mounting it.
  let observer: ResizeObserver | undefined
  onMounted(() => {
    const el = toValue(root)
    if (!el)
      return
    observer = new ResizeObserver(() => measure(el))
    observer.observe(el)
  })
  onUnmounted(() => observer?.disconnect())
  return { width, zoom, px, vars }
}
