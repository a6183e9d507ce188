import type { Ref } from 'vue'
import type { TouchPoint } from '../lib/deck/swipe'
import { useEventListener } from '@vueuse/core'
import { swipeStep } from '../lib/deck/swipe'

/** A box that scrolls sideways: a wide table, chart or code block in its own scroll box. */
function scrollsSideways(el: Element): boolean {
  if (el.scrollWidth <= el.clientWidth + 1)
    return false
  const overflow = getComputedStyle(el).overflowX
  return overflow === 'auto' || overflow === 'scroll'
}

/**
 * Calls `move(+1)` on a swipe to the left and `move(-1)` on a swipe to the right over `root`, except when the touch
 * starts inside a box that scrolls sideways (its own swipe scrolls it), uses more than one finger, or the page is
 * zoomed in (a horizontal drag then pans the page).
 */
export function useSwipe(root: Ref<HTMLElement | null>, move: (step: 1 | -1) => void) {
  let start: TouchPoint | null = null
  useEventListener(root, 'touchstart', (e: TouchEvent) => {
    start = null
    const touch = e.touches[0]
    if (e.touches.length !== 1 || !touch || (window.visualViewport?.scale ?? 1) > 1.01)
      return
    for (let el = e.target instanceof Element ? e.target : null; el && el !== root.value; el = el.parentElement) {
      if (scrollsSideways(el))
        return
    }
    start = { x: touch.clientX, y: touch.clientY, t: e.timeStamp }
  }, { passive: true })
  useEventListener(root, 'touchcancel', () => { start = null }, { passive: true })
  useEventListener(root, 'touchend', (e: TouchEvent) => {
    const touch = e.changedTouches[0]
    if (!start || !touch || e.touches.length)
      return
    const step = swipeStep(start, { x: touch.clientX, y: touch.clientY, t: e.timeStamp })
    start = null
    if (step)
      move(step)
  }, { passive: true })
}
