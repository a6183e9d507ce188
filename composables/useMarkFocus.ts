import { computed, nextTick, onScopeDispose, ref, shallowRef, watch } from 'vue'
import type { ChartTip } from '../lib/chart/tooltip-placement'

/**
 * One Tab stop per chart, as in the WAI-ARIA grid pattern: Tab reaches the chart's root; Enter (or Space) enters it
 * and focuses a mark; the arrow keys, Home and End move a roving tabindex between the marks; Enter or Space on a
 * mark activates it (a sort header sorts); Escape leaves the mark for the root and closes its details.
 *
 * Keys used inside an entered chart stop there, so they never reach Slidev's navigation; when the chart has not been
 * entered (also right after a mouse click on a mark), → ← and Space keep moving through the lecture.
 * When the marks reorder (a sort), focus stays on the mark that had it, wherever it moves.
 *
 * Marks are found by their `data-mark` attribute, whose value is the key used in `grid`.
 *
 * Touch: a tap on a mark shows its details as the pointer's hover does (the mouse events a browser makes up after a
 * tap are ignored); a second tap on it, a tap anywhere outside the marks and their details, or `dismiss()` (the
 * details' close button) hides them.
 */
export interface MarkFocusOptions {
  /** The focusable marks' keys, row by row in the order they are drawn; the arrows move through this grid. */
  grid: () => readonly (readonly string[])[]
  /** Enter or Space on a mark. */
  activate?: (key: string) => void
  /** Milliseconds the pointer's details stay up after it leaves a mark, so it can reach the card's links; 0 by default. */
  hoverLeaveDelay?: number
}

export type MarkFocus = ReturnType<typeof useMarkFocus>

/**
 * Whether a mouse event comes from a finger. After a tap, browsers emulate a mouse (mouseenter, mouseleave, click);
 * a chart treats those as the tap, not as a pointer hovering. Chrome says so on the event (`pointerType` on a click,
 * `sourceCapabilities`); elsewhere an event within a moment of the last touch counts as one.
 */
export function fromTouch(event: Event): boolean {
  const e = event as MouseEvent & { pointerType?: string, sourceCapabilities?: { firesTouchEvents?: boolean } | null }
  if (e.pointerType === 'touch' || e.sourceCapabilities?.firesTouchEvents === true)
    return true
  if (e.pointerType === 'mouse' || e.pointerType === 'pen')
    return false
  return performance.now() - lastTouch < TOUCH_EMULATION_MS
}
const TOUCH_EMULATION_MS = 800
let lastTouch = -Infinity
if (typeof document !== 'undefined') {
  const touched = () => { lastTouch = performance.now() }
  document.addEventListener('touchstart', touched, { capture: true, passive: true })
  document.addEventListener('touchend', touched, { capture: true, passive: true })
}

const MOVES: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
}

export function useMarkFocus(options: MarkFocusOptions) {
  const root = shallowRef<HTMLElement | null>(null)
  const entered = ref(false)
  /** The mark holding the roving tab stop while the chart is entered. */
  const active = ref<string | null>(null)
  /** The mark under the mouse pointer, or the mark tapped. */
  const hovered = ref<string | null>(null)
  /** The shown mark was tapped: it stays until tapped again or a tap lands elsewhere. */
  const tapped = ref(false)
  /** The mark whose details show: the pointer's, else the keyboard's. */
  const shown = computed(() => hovered.value ?? active.value)
  let restoring = false

  const grid = computed(() => options.grid())

  function position(key: string | null): [number, number] | null {
    if (key === null)
      return null
    for (const [r, row] of grid.value.entries()) {
      const c = row.indexOf(key)
      if (c >= 0)
        return [r, c]
    }
    return null
  }

  function element(key: string): HTMLElement | SVGElement | undefined {
    const marks = root.value?.querySelectorAll<HTMLElement | SVGElement>('[data-mark]') ?? []
    return [...marks].find(m => m.getAttribute('data-mark') === key)
  }

  function focusMark(key: string) {
    active.value = key
    void nextTick(() => element(key)?.focus({ preventScroll: true }))
  }

  function firstKey() {
    return grid.value.find(row => row.length > 0)?.[0] ?? null
  }

  function enter() {
    const key = position(active.value) ? active.value : firstKey()
    if (key === null)
      return
    entered.value = true
    focusMark(key)
  }

  function leave() {
    entered.value = false
    active.value = null
    root.value?.focus({ preventScroll: true })
  }

  function move(dr: number, dc: number, to?: 'start' | 'end') {
    const p = position(active.value)
    if (!p)
      return
    const rows = grid.value
    let r = Math.max(0, Math.min(rows.length - 1, p[0] + dr))
    // Skip empty rows in the direction of travel.
    while (rows[r]?.length === 0 && r > 0 && r < rows.length - 1)
      r += Math.sign(dr) || 1
    const row = rows[r] ?? []
    if (row.length === 0)
      return
    const c = to === 'start' ? 0 : to === 'end' ? row.length - 1 : Math.max(0, Math.min(row.length - 1, p[1] + dc))
    focusMark(row[c]!)
  }

  function onKeydown(event: KeyboardEvent) {
    const enterKey = event.key === 'Enter' || event.key === ' '
    if (!entered.value) {
      if (enterKey && event.target === root.value) {
        event.preventDefault()
        event.stopPropagation()
        enter()
      }
      return
    }
    const step = MOVES[event.key]
    if (step)
      move(step[0], step[1])
    else if (event.key === 'Home')
      move(0, 0, 'start')
    else if (event.key === 'End')
      move(0, 0, 'end')
    else if (enterKey && active.value !== null)
      options.activate?.(active.value)
    else if (event.key === 'Escape')
      leave()
    else
      return
    event.preventDefault()
    event.stopPropagation()
  }

  /** Leaving by Tab or by a click elsewhere ends the visit; a mark that blurs only because it moved does not. */
  function onFocusout(event: FocusEvent) {
    if (restoring)
      return
    const next = event.relatedTarget as Node | null
    if (!next || !root.value?.contains(next)) {
      entered.value = false
      active.value = null
    }
  }

  watch(grid, () => {
    if (!entered.value || active.value === null)
      return
    const key = position(active.value) ? active.value : firstKey()
    if (key === null)
      return
    restoring = true
    active.value = key
    void nextTick(() => {
      element(key)?.focus({ preventScroll: true })
      restoring = false
    })
  })

  /** The mark's tabindex: only the active mark of an entered chart is in the Tab order. */
  const tabindexOf = (key: string) => (entered.value && active.value === key ? 0 : -1)

  let leaveTimer: ReturnType<typeof setTimeout> | undefined
  /** The pointer's mark, or null when it leaves (after `hoverLeaveDelay`). */
  function hover(key: string | null) {
    clearTimeout(leaveTimer)
    tapped.value = false
    if (key !== null || !options.hoverLeaveDelay)
      hovered.value = key
    else
      leaveTimer = setTimeout(() => { hovered.value = null }, options.hoverLeaveDelay)
  }
  /** The pointer reached the details card: keep it up. */
  const keepHover = () => clearTimeout(leaveTimer)

  /** A tap on a mark shows its details, a second tap hides them. */
  function tap(key: string) {
    clearTimeout(leaveTimer)
    const again = tapped.value && hovered.value === key
    hovered.value = again ? null : key
    tapped.value = !again
  }
  /** Hides the details, however they came (the close button of the details sheet). */
  function dismiss() {
    hovered.value = null
    tapped.value = false
    if (entered.value)
      leave()
  }
  /** While a tapped mark's details show, a tap outside the marks and the details hides them. */
  function onOutsidePointer(event: PointerEvent) {
    const target = event.target as Element | null
    if (!tapped.value || !target?.closest)
      return
    // A mark, or what stands for it on a phone (a point's label: data-mark-for).
    const onMark = target.closest('[data-mark], [data-mark-for]') && root.value?.contains(target)
    if (!onMark && !target.closest('[data-tooltip], [data-chart-sheet]')) {
      hovered.value = null
      tapped.value = false
    }
  }
  if (typeof document !== 'undefined') {
    watch(tapped, (on) => {
      if (on)
        document.addEventListener('pointerdown', onOutsidePointer, true)
      else
        document.removeEventListener('pointerdown', onOutsidePointer, true)
    })
    onScopeDispose(() => document.removeEventListener('pointerdown', onOutsidePointer, true))
  }

  /**
   * The pointer's part of a mark, to bind with v-bind where a mark is not a `markProps` mark: hover with a mouse,
   * tap with a finger (the mouse events that follow a tap are the browser's emulation, and are ignored).
   */
  function pointerProps(key: string) {
    return {
      onMouseenter: (e: MouseEvent) => { if (!fromTouch(e)) hover(key) },
      onMouseleave: (e: MouseEvent) => { if (!fromTouch(e)) hover(null) },
      onClick: (e: MouseEvent) => { if (fromTouch(e)) tap(key) },
    }
  }

  /**
   * A mark's part of the chart, to bind with v-bind: its key for the keyboard grid, its accessible name, the roving
   * tab stop (none while `focusable` is false, a mark not yet revealed) and the pointer's hover.
   */
  function markProps(key: string, label: string, focusable = true) {
    return {
      'role': 'img',
      'data-mark': key,
      'aria-label': label,
      'tabindex': focusable ? tabindexOf(key) : -1,
      ...pointerProps(key),
    }
  }

  /**
   * A mark's box measured on the page, in px of the chart's plot area (`.chart-body`), for ChartFigure's `tip` where
   * the marks are HTML laid out by the browser rather than placed by a layout function.
   */
  function measuredTip(key: string | null): Omit<ChartTip, 'width'> | null {
    const body = root.value?.querySelector('.chart-body')
    const mark = key === null ? undefined : element(key)
    if (!body || !mark)
      return null
    const b = body.getBoundingClientRect()
    const m = mark.getBoundingClientRect()
    return { at: { x: m.left - b.left, y: m.top - b.top, width: m.width, height: m.height }, plot: { width: b.width, height: b.height } }
  }

  /** The mark whose details show, on the page. */
  const shownElement = () => (shown.value === null ? undefined : element(shown.value))

  return { root, entered, active, hovered, tapped, shown, shownElement, tabindexOf, markProps, pointerProps, hover, keepHover, tap, dismiss, onKeydown, onFocusout, leave, measuredTip }
}
