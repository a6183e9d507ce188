/**
 * Whether this page was served by the lecture relay (`npm run lecture`, server/relay.ts), which writes a
 * `<meta name="lecture-relay">` into the pages it serves: its routes, the audience address and the deck's manifest.
 * The built site on any other web host, the dev server and the PDF export have none.
 */
import { type DeckManifest, parseManifest } from '../lib/lecture/position'
import { isRecord } from '../lib/lecture/shared-chart'

export const RELAY_META = 'lecture-relay'

export interface RelayPage {
  /** The event stream every device listens to (GET). */
  events: string
  /** Where the presenter sends its moves (POST). */
  state: string
  /** The address students open, for the QR code. */
  audience: string
  manifest: DeckManifest
}

export function relayPage(doc: Document = document): RelayPage | null {
  const content = doc.querySelector(`meta[name="${RELAY_META}"]`)?.getAttribute('content')
  if (!content)
    return null
  try {
    const value: unknown = JSON.parse(content)
    if (!isRecord(value) || typeof value.events !== 'string' || typeof value.state !== 'string' || typeof value.audience !== 'string')
      return null
    return { events: value.events, state: value.state, audience: value.audience, manifest: parseManifest(value.manifest) }
  }
  catch {
    return null
  }
}

const TOKEN_KEY = 'cs2916-lecture-token'

/**
 * The presenter's token: read from the address's fragment (`/presenter/#token=…`, which never reaches a server or a
 * Referer), kept for this tab in sessionStorage so a reload keeps it, and taken out of the address bar at once.
 * Runs when the app's modules load, before the router reads the address.
 */
export function takePresenterToken(): string | null {
  if (typeof window === 'undefined')
    return null
  const match = /(?:^#|&)token=([\w-]{22,})/.exec(location.hash)
  if (match) {
    sessionStorage.setItem(TOKEN_KEY, match[1]!)
    history.replaceState(history.state, '', `${location.pathname}${location.search}`)
  }
  return sessionStorage.getItem(TOKEN_KEY)
}
