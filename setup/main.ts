import { defineAppSetup } from '@slidev/types'
import { RELAY_META } from '../lecture/relay-page'
import { isPrintPage } from '../lib/deck/print-page'
import { whenSlideShown } from '../lib/deck/when-slide-shown'
import { shouldRegisterWorker, workerUrl } from '../lib/offline/register'

export default defineAppSetup(() => {
  const base = import.meta.env.BASE_URL
  // A slide printed from the browser (Ctrl+P) gets the print view's rules too (styles/print.css).
  if (typeof window !== 'undefined') {
    window.addEventListener('beforeprint', () => document.documentElement.classList.add('printing'))
    window.addEventListener('afterprint', () => document.documentElement.classList.remove('printing'))

    // The deck's typeface for the characters past the title slide (scripts/deck-fonts.ts) is requested once the
    // page shows its slide: on a slow network the slide's code and data come first, its text drawn meanwhile in the
    // system's font. The exporter's and the printer's pages take it at once.
    const restFonts = () => void import('../styles/generated/deck-fonts-rest.css')
    if (isPrintPage(base, window.location))
      restFonts()
    else
      whenSlideShown(restFonts)
  }

  // The built site keeps an offline copy of itself: once a student has opened it, every slide loads without a
  // network (dist/sw.js, written by `npm run build`). Not in dev, and not on the exporter's print pages; not from the
  // lecture relay either, whose pages live only for the lecture (and a hall's network would carry every copy).
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)
    || !shouldRegisterWorker(import.meta.env.PROD, base, window.location)
    || document.querySelector(`meta[name="${RELAY_META}"]`))
    return
  const { url, scope } = workerUrl(base)
  const register = () => navigator.serviceWorker.register(url, { scope })
    .catch((e: unknown) => console.warn('offline copy unavailable:', e))
  if (document.readyState === 'complete')
    void register()
  else
    window.addEventListener('load', () => void register(), { once: true })
})
