/**
 * What a chart shares with the lecturer's other windows and with the students following the lecture: its view state
 * (the heatmap's edition, sorts and open cell; a highlighted legend entry; a selected mark), declared once per chart
 * as a SharedChartSpec. The same `parse` checks that state against the deck's data in the browser, when it arrives
 * from another window or the relay, and in the lecture relay (server/relay.ts) before it relays it.
 *
 * Kept free of Vue and Slidev: the relay runs it in Node.
 */

/** A chart's state as it travels: the slide and click it was set at, and the state itself (checked by its spec). */
export interface SharedChartEntry {
  page: number
  clicks: number
  state: unknown
}

/** Every shared chart's latest entry, by chart id: the content of the "charts" sync channel. */
export type SharedCharts = Record<string, SharedChartEntry>

export interface SharedChartSpec<S> {
  /** The chart's id, as in its root's `data-chart`. */
  chart: string
  /**
   * The state if it is well formed and every id in it exists in the data, in the one form the chart itself writes
   * (so two equal states serialise alike); null otherwise.
   */
  parse: (value: unknown) => S | null
  /** Where the chart also keeps its state in the page's address, so that a link opens that view. */
  address?: {
    /** What the query says, not yet checked (parse does that). */
    read(search: string): unknown
    /** The query with the state written in, '' for none. */
    write(search: string, state: S): string
  }
}

/** A spec with its state type forgotten, as the relay's registry holds them. */
export type AnySharedChartSpec = SharedChartSpec<unknown>

/** A plain object (not an array, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Whether an object has exactly these keys, optional ones allowed to be missing. */
export function hasOnlyKeys(value: Record<string, unknown>, required: readonly string[], optional: readonly string[] = []): boolean {
  const keys = Object.keys(value)
  return required.every(k => k in value) && keys.every(k => required.includes(k) || optional.includes(k))
}

/**
 * The state of a chart whose one shared thing is a selected mark (a matrix cell shown with its details), keyed
 * `row|col` as the chart's marks are; null for none.
 */
export interface SelectedMark {
  mark: string | null
}

export function selectedMarkSpec(chart: string, markKeys: () => ReadonlySet<string>): SharedChartSpec<SelectedMark> {
  let keys: ReadonlySet<string> | undefined
  return {
    chart,
    parse(value) {
      if (!isRecord(value) || !hasOnlyKeys(value, ['mark']))
        return null
      if (value.mark === null)
        return { mark: null }
      keys ??= markKeys()
      return typeof value.mark === 'string' && keys.has(value.mark) ? { mark: value.mark } : null
    },
  }
}
