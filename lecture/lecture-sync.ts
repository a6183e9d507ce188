/**
 * The lecture relay as one more of Slidev's sync methods (addSyncMethod), beside its BroadcastChannel between the
 * windows of one browser: the presenter page (with the token) sends the lecturer's position — Slidev's shared
 * navigation state and the deck's "charts" state — to the relay; every other page listens to the relay's event
 * stream and hands each position to the same two states, so Slidev's own code moves the slide (setup/root.ts in
 * @slidev/client) and the charts show their views (useSharedChartState). A phone, and any page in the reading view,
 * follows into the reading view of the lecturer's slide instead.
 */
import type { Sync } from '@slidev/client'
import { reactive } from 'vue'
import type { Router } from 'vue-router'
import { checkPosition, type LecturePosition } from '../lib/lecture/position'
import type { SharedCharts } from '../lib/lecture/shared-chart'
import type { RelayPage } from './relay-page'

export interface LectureState {
  /** The lecturer's page (with the token) or a student's device. */
  role: 'presenter' | 'audience'
  /** The student's choice: follow the lecturer, or look around alone. */
  following: boolean
  /** The event stream is open. */
  connected: boolean
  /** The lecturer's latest position, null before the first. */
  latest: LecturePosition | null
  /** The presenter's last answer from the relay: how many devices listen, or what went wrong. */
  relay: { ok: boolean, audience: number, message: string }
}

/** A student's choice outlives a reload of the page (this tab only). */
const EXPLORING_KEY = 'cs2916-lecture-exploring'

export const lecture: LectureState = reactive({
  role: 'audience',
  following: typeof sessionStorage === 'undefined' || sessionStorage.getItem(EXPLORING_KEY) !== '1',
  connected: false,
  latest: null,
  relay: { ok: false, audience: 0, message: '' },
})

/** Narrow portrait screens (phones) follow in the reading view, where the slide is reflowed to be read. */
const PHONE = '(orientation: portrait) and (max-width: 899px)'

/** A plain copy, out of Vue's proxies, as the sync states and structured cloning want it. */
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T

interface NavState { page: number, clicks: number }
type Update = (patch: Record<string, unknown>) => void

export interface LectureSyncOptions {
  relay: RelayPage
  router: Router
  /** The deck's sync channels, whose states the relay carries. */
  channels: { nav: string, charts: string }
  token: string | null
  isPresenter: () => boolean
}

/** Where a route shows the deck: a slide (and click) in the slide view, or a slide in the reading view. */
function routePlace(router: Router): { slide: number, click: number, reading: boolean } | null {
  const r = router.currentRoute.value
  const no = Number(r.params.no)
  if (!Number.isInteger(no))
    return null
  return { slide: no, click: Number(r.query.clicks ?? 0) || 0, reading: r.name === 'read' }
}

export function createLectureSync(o: LectureSyncOptions): { sync: Sync, follow: () => void, explore: () => void } {
  const updates: { nav?: Update, charts?: Update } = {}
  const states: { nav?: NavState, charts?: SharedCharts } = {}
  /**
   * Where the lecture sent this device lately (a few seconds: routes load while the lecturer moves on), so that
   * arriving there is not taken for the student's own move; the lecturer's latest place always counts.
   */
  const sentTo: { key: string, at: number }[] = []
  const key = (slide: number, click: number, reading: boolean) => reading ? `read ${slide}` : `${slide}.${click}`

  /**
   * Hands the position to Slidev's navigation state and the charts' state. A sync state drops an update that arrives
   * in the same tick as a change of its own page's (a trusted page, on localhost, writes its own navigation after
   * each move): what did not take is handed again a moment later, while it is still the lecturer's latest.
   */
  function show(p: LecturePosition, attempt = 0) {
    const place = routePlace(o.router)
    const reading = place?.reading || window.matchMedia(PHONE).matches
    sentTo.push({ key: key(p.slide, p.click, reading), at: Date.now() })
    sentTo.splice(0, sentTo.length - 8)
    if (reading) {
      if (place?.slide !== p.slide || !place.reading)
        void o.router.replace({ path: `/read/${p.slide}` })
    }
    else {
      updates.nav?.({ page: p.slide, clicks: p.click, lastUpdate: { id: 'lecture-relay', type: 'presenter', time: Date.now() } })
    }
    const charts = plain(p.charts)
    updates.charts?.(charts)
    const navTook = reading || (states.nav?.page === p.slide && states.nav.clicks === p.click)
    const chartsTook = Object.entries(charts).every(([id, entry]) => JSON.stringify(states.charts?.[id]) === JSON.stringify(entry))
    if ((!navTook || !chartsTook) && attempt < 50)
      setTimeout(() => { if (isLatest(p)) show(p, attempt + 1) }, 20)
    else
      settle(p)
  }

  const isLatest = (p: LecturePosition) => lecture.following && JSON.stringify(lecture.latest) === JSON.stringify(p)

  /**
   * A navigation started while another is under way (the page's own first one, say) is dropped by the router: a
   * moment later, a device that is still not where the lecturer is goes there directly.
   */
  function settle(p: LecturePosition, attempt = 0) {
    setTimeout(() => {
      const place = routePlace(o.router)
      if (!place || !isLatest(p) || attempt >= 20)
        return
      if (place.slide === p.slide && (place.reading || place.click === p.click))
        return
      const query = { ...o.router.currentRoute.value.query, clicks: String(p.click) }
      void o.router.replace(place.reading ? { path: `/read/${p.slide}` } : { path: `/${p.slide}`, query })
      settle(p, attempt + 1)
    }, 250)
  }

  function follow() {
    lecture.following = true
    sessionStorage.removeItem(EXPLORING_KEY)
    if (lecture.latest)
      show(lecture.latest)
  }
  function explore() {
    lecture.following = false
    sessionStorage.setItem(EXPLORING_KEY, '1')
  }

  // A student who moves on their own is exploring: the bar offers the way back.
  o.router.afterEach(() => {
    const place = routePlace(o.router)
    if (lecture.role !== 'audience' || !lecture.following || !lecture.latest || !place)
      return
    const here = key(place.slide, place.click, place.reading)
    const latest = lecture.latest
    const lecturers = place.slide === latest.slide && (place.reading || place.click === latest.click)
    if (!lecturers && !sentTo.some(s => s.key === here && Date.now() - s.at < 2000))
      explore()
  })

  /**
   * The presenter's side: the position the two states make, read from them when it is sent (a page opened where the
   * shared state already was changes nothing, yet the relay must hear of it), whenever they change, one request at
   * a time.
   */
  let sent = ''
  let inFlight = false
  let retry: ReturnType<typeof setTimeout> | undefined
  async function send() {
    const nav = states.nav
    if (!o.token || !o.isPresenter() || !nav || !(nav.page >= 1) || inFlight)
      return
    const position: LecturePosition = { slide: nav.page, click: nav.clicks ?? 0, charts: plain(states.charts ?? {}) }
    const body = JSON.stringify(position)
    if (body === sent)
      return
    inFlight = true
    clearTimeout(retry)
    try {
      const res = await fetch(o.relay.state, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'authorization': `Bearer ${o.token}` },
        body,
      })
      const answer = await res.json().catch(() => ({})) as { audience?: number, error?: string }
      lecture.relay = { ok: res.ok, audience: answer.audience ?? lecture.relay.audience, message: answer.error ?? '' }
      if (res.ok)
        sent = body
    }
    catch {
      lecture.relay = { ok: false, audience: lecture.relay.audience, message: 'unreachable' }
      retry = setTimeout(() => void send(), 2000)
    }
    finally {
      inFlight = false
    }
    // Whatever changed meanwhile goes next.
    void send()
  }
  const schedule = () => queueMicrotask(() => void send())

  /** The audience's side: the relay's event stream, reopened if the browser gives up on it. */
  function listen() {
    const events = new EventSource(o.relay.events)
    events.onopen = () => { lecture.connected = true }
    events.onerror = () => {
      lecture.connected = false
      if (events.readyState === EventSource.CLOSED)
        setTimeout(listen, 1000)
    }
    events.onmessage = (event: MessageEvent<string>) => {
      let value: unknown
      try {
        value = JSON.parse(event.data)
      }
      catch {
        return
      }
      // Slide and clicks checked here; each chart checks its own state against its data when it shows it.
      const checked = checkPosition(value, o.relay.manifest, (_, state) => ({ state }))
      if ('error' in checked)
        return
      lecture.latest = checked.position
      if (lecture.following && !o.isPresenter())
        show(checked.position)
    }
  }

  const sync: Sync = {
    enabled: true,
    init(channelKey, onUpdate, state) {
      if (channelKey === o.channels.nav) {
        updates.nav = onUpdate as Update
        states.nav = state as unknown as NavState
        return () => schedule()
      }
      if (channelKey === o.channels.charts) {
        updates.charts = onUpdate as Update
        states.charts = state as SharedCharts
        return () => schedule()
      }
      return undefined
    },
  }

  // The route is known once the router has read the address.
  void o.router.isReady().then(() => {
    if (o.token && o.isPresenter()) {
      lecture.role = 'presenter'
      schedule()
    }
    else {
      listen()
    }
  })
  return { sync, follow, explore }
}
