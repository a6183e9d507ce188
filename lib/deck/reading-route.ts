/**
 * Where a student lands: on a narrow portrait screen (a phone) a slide's address shows that slide's reading view, and
 * the reading view reopens where the student last read. Pure functions over the route and the two storages; the router
 * guard (setup/routes.ts) and the reading view (reading/ReadingView.vue) call them.
 */

/**
 * Below this window width the projected slide, scaled to fit, would show its smallest text under 14 px (≈ 10.9 of the
 * canvas's 980 px): the reading view reflows the slide instead of scaling it, and a portrait screen this narrow opens
 * the reading view.
 */
export const READING_REFLOW_BELOW = 900

/** The media query of a screen that opens a slide's address in the reading view. */
export const NARROW_PORTRAIT = `(orientation: portrait) and (max-width: ${READING_REFLOW_BELOW - 0.02}px)`

/** Storage keys, under the site's base path so that two decks on one host keep their own. */
export const readingKeys = (base: string) => ({
  /** localStorage: the number of the slide last shown in the reading view. */
  lastRead: `${base}:reading:last`,
  /** sessionStorage: the student chose the projector layout ("放映此页"); slide addresses stay in it this session. */
  projector: `${base}:reading:projector`,
})

type Store = Pick<Storage, 'getItem' | 'setItem'>

/** The browser's localStorage or sessionStorage, or undefined where there is none or it is refused (a sandbox). */
export function browserStorage(kind: 'localStorage' | 'sessionStorage'): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window[kind]
  }
  catch {
    return undefined
  }
}

/** The slide last read, if it is a slide of this deck (of `total` slides, when known). */
export function lastRead(store: Store | undefined, key: string, total = Infinity): number | null {
  const no = Number(store?.getItem(key))
  return Number.isInteger(no) && no >= 1 && no <= total ? no : null
}

/** Remembers a slide as the last read; a storage that refuses (private mode, quota) is ignored. */
export function rememberRead(store: Store | undefined, key: string, no: number) {
  try {
    store?.setItem(key, String(no))
  }
  catch {}
}

/** What the guard knows about a navigation to a slide's address (`/:no`). */
export interface SlideArrival {
  /** The slide number of the address, as written. */
  no: string
  /** The address came from the site's root (`/`, redirected to slide 1), not from a slide's own number. */
  fromRoot: boolean
  /** The query of the address: print views and embedded frames keep the projector layout. */
  query: Record<string, unknown>
  /** The page is being opened (the first navigation), not moved within. */
  arriving: boolean
  /** The navigation comes from the reading view (a link inside a reflowed slide, such as the contents). */
  fromReading: boolean
  /** The screen matches NARROW_PORTRAIT. */
  narrowPortrait: boolean
  /** The student chose the projector layout in this session. */
  projectorChosen: boolean
}

/**
 * The reading view's address a slide's address should show instead, or null to show the slide itself: on arrival on
 * a narrow portrait screen, and from inside the reading view, unless the student chose the projector layout or the
 * page is printed, exported or embedded. The site's root opens the slide last read (`/read`).
 */
export function readingRedirect(a: SlideArrival): string | null {
  if (a.projectorChosen || 'print' in a.query || 'embedded' in a.query)
    return null
  if (a.arriving ? !a.narrowPortrait : !a.fromReading)
    return null
  return a.fromRoot ? '/read' : `/read/${a.no}`
}
