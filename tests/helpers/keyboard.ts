/** Lets Vue's updates and useMarkFocus's nextTick focus run. */
export async function settle() {
  for (let i = 0; i < 3; i++) await new Promise(r => setTimeout(r, 0))
}

/** Presses keys on whatever has the focus, as a keyboard would (in happy-dom, for component tests). */
export async function press(...keys: string[]) {
  for (const key of keys) {
    (document.activeElement as HTMLElement).dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }))
    await settle()
  }
}

/** Focuses a chart's root, its one Tab stop, and enters it with Enter. */
export async function enterChart(root: Element) {
  (root as HTMLElement).focus()
  await press('Enter')
}
