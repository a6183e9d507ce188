/**
 * The browser's side of the data check, in dev only (lib/data/vite-plugin.ts imports it ahead of Slidev's client
 * entry): shows data/'s problems in Vite's own error overlay and keeps it there until the data is fixed. Vite clears
 * its overlay on every hot update, and a dev server sends many that have nothing to do with the data (UnoCSS, the
 * deck's fonts, any edited slide), so the overlay is set aside during an update and put back after it. Setting it
 * aside also keeps Vite from reloading the page at the first update after a reload (it does so when an overlay is up,
 * taking it for a failed load). A page opened or reloaded while a file is broken asks for the state, so it shows the
 * same overlay.
 */

/** The custom HMR event that carries data/'s state to the browser: `{ message, id }`, message null when all is well. */
export const DATA_ERRORS_EVENT = 'deck:data-errors'

const hot = import.meta.hot
if (hot) {
  let error: { message: string, stack: string, plugin: string, id: string } | null = null
  let shown: HTMLElement | null = null
  let setAside = false
  const hide = () => {
    shown?.remove()
    shown = null
  }
  const show = () => {
    hide()
    const Overlay = customElements.get('vite-error-overlay') as (new (err: NonNullable<typeof error>) => HTMLElement) | undefined
    if (!error || !Overlay)
      return
    shown = new Overlay(error)
    shown.dataset.deckDataErrors = ''
    document.body.appendChild(shown)
  }
  hot.on(DATA_ERRORS_EVENT, (state: { message: string | null, id: string }) => {
    error = state.message ? { message: state.message, stack: '', plugin: 'deck:validate-data', id: state.id } : null
    setAside = false
    show()
  })
  hot.on('vite:beforeUpdate', () => {
    // A dismissed overlay (Escape, a click beside it) stays dismissed until the data changes again.
    setAside = Boolean(shown?.isConnected)
    hide()
  })
  hot.on('vite:afterUpdate', () => {
    if (setAside)
      show()
    setAside = false
  })
  hot.send(`${DATA_ERRORS_EVENT}?`)
}
