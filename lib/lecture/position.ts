/**
 * The lecturer's position as the lecture relay keeps and sends it: the slide, the click within it, and the shared
 * charts' states. One small JSON message, the same in `POST /lecture/state` and in each `GET /lecture/events` event.
 * Checked by the relay before it relays anything, and by every student's page when it arrives.
 *
 * Kept free of Vue and Slidev: the relay runs it in Node.
 */
import { hasOnlyKeys, isRecord, type SharedChartEntry, type SharedCharts } from './shared-chart'

export interface LecturePosition {
  /** The slide, from 1. */
  slide: number
  /** The click within the slide, from 0. */
  click: number
  charts: SharedCharts
}

/**
 * What the relay knows of the deck, measured from the built site at the end of `npm run build`
 * (scripts/deck-manifest.ts, dist/lecture-manifest.json): the base it was built for and, for each slide in
 * order, its last click (0 for a slide without steps).
 */
export interface DeckManifest {
  base: string
  clicks: number[]
}

export const MANIFEST_FILE = 'lecture-manifest.json'

/** The largest message the relay accepts, in bytes. */
export const MAX_MESSAGE_BYTES = 4096

/** The manifest, or an error saying what is wrong with it. */
export function parseManifest(value: unknown): DeckManifest {
  if (!isRecord(value) || typeof value.base !== 'string' || !value.base.startsWith('/') || !value.base.endsWith('/'))
    throw new Error('the deck manifest has no base ("/" or "/sub-path/")')
  const clicks = value.clicks
  if (!Array.isArray(clicks) || clicks.length === 0 || !clicks.every(c => Number.isInteger(c) && c >= 0))
    throw new Error('the deck manifest lists no slides (clicks: a whole number ≥ 0 per slide)')
  return { base: value.base, clicks }
}

/** Checks one chart's state: the state in its canonical form, or why it is refused. */
export type ChartStateCheck = (chart: string, state: unknown) => { state: unknown } | { error: string }

export type PositionCheck = { position: LecturePosition } | { error: string }

const isWhole = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v)

function placeError(manifest: DeckManifest, slide: unknown, click: unknown, what: string): string | null {
  const last = manifest.clicks.length
  if (!isWhole(slide) || slide < 1 || slide > last)
    return `${what}: slide ${JSON.stringify(slide)} is not a slide of the deck (1–${last})`
  const max = manifest.clicks[slide - 1]!
  if (!isWhole(click) || click < 0 || click > max)
    return `${what}: click ${JSON.stringify(click)} is not a step of slide ${slide} (0–${max})`
  return null
}

/**
 * The position if it is well formed, on a slide and click of the deck, and every chart state in it is known and
 * valid (each in its canonical form); otherwise why not. Nothing outside these fields passes.
 */
export function checkPosition(value: unknown, manifest: DeckManifest, checkChart: ChartStateCheck): PositionCheck {
  if (!isRecord(value) || !hasOnlyKeys(value, ['slide', 'click', 'charts']))
    return { error: 'expected {"slide", "click", "charts"} and nothing else' }
  const place = placeError(manifest, value.slide, value.click, 'position')
  if (place)
    return { error: place }
  if (!isRecord(value.charts))
    return { error: 'charts: expected an object of chart states by chart id' }
  const charts: SharedCharts = {}
  for (const [chart, entry] of Object.entries(value.charts)) {
    if (!isRecord(entry) || !hasOnlyKeys(entry, ['page', 'clicks', 'state']))
      return { error: `charts.${chart}: expected {"page", "clicks", "state"}` }
    const at = placeError(manifest, entry.page, entry.clicks, `charts.${chart}`)
    if (at)
      return { error: at }
    const checked = checkChart(chart, entry.state)
    if ('error' in checked)
      return { error: `charts.${chart}: ${checked.error}` }
    charts[chart] = { page: entry.page as number, clicks: entry.clicks as number, state: checked.state } satisfies SharedChartEntry
  }
  return { position: { slide: value.slide as number, click: value.click as number, charts } }
}
