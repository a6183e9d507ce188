import { type ComputedRef, inject, type InjectionKey, nextTick, onMounted, type Ref, watch } from 'vue'
import type { SharedChartEntry, SharedCharts, SharedChartSpec } from '../lib/lecture/shared-chart'

/** Where a chart instance is: its slide and click, and what it does with the shared state there. */
export interface ChartPlace {
  page: Readonly<Ref<number>>
  clicks: Readonly<Ref<number>>
  /** The lecturer's chart: on the slide on screen in the slide or presenter view (not a preview, not print). */
  sends: ComputedRef<boolean>
  /** Shows what is shared: the views above, and the fixed views (reading view, overview); never print. */
  receives: ComputedRef<boolean>
  /** A fixed view at the slide's last click, which takes the state whatever click it was set at. */
  fixed: ComputedRef<boolean>
}

/**
 * The deck's "charts" sync channel, provided by setup/root.ts: a Slidev sync state (createSyncState), so that it
 * travels as Slidev's own navigation does — through the dev server, between the windows of one browser
 * (BroadcastChannel), and through the lecture relay (lecture/lecture-sync.ts).
 */
export interface SharedChartChannel {
  entries: SharedCharts
  publish: (chart: string, entry: SharedChartEntry) => void
  /** Called in a chart's setup: where that chart is. */
  place: () => ChartPlace
}

export const sharedChartChannel: InjectionKey<SharedChartChannel> = Symbol('shared-chart-channel')

export interface SharedChartBinding<S> {
  /** The chart's current view, in the form its spec's parse returns. */
  get: () => S
  /** Shows a view (checked by the spec against the data); may take a tick or two. */
  set: (view: S) => void | Promise<void>
  /** Keeps the view in the page's address while true (the slide on screen); the spec says how. */
  linked?: () => boolean
}

const json = (v: unknown) => JSON.stringify(v)

/**
 * A chart's shared view, called once in its setup with its spec (lib/…/shared.ts): what the lecturer does to the
 * chart in the presenter view shows in the audience window and on every following student's device, and the other
 * way round, through the "charts" channel; a state arrives checked by the spec, and is shown once the chart is at the
 * click it was set at (a lecturer's click resets a chart's view everywhere alike). The address keeps the view too.
 * Outside Slidev (component tests, the benchmark's harness) there is no channel and only the address applies.
 */
export function useSharedChartState<S>(spec: SharedChartSpec<S>, binding: SharedChartBinding<S>): void {
  const channel = inject(sharedChartChannel, null)
  const place = channel?.place()
  const current = () => json(binding.get())
  /** While a view from elsewhere (or the address) is being shown, the chart's own changes are not news. */
  let applying = 0

  async function show(view: S) {
    applying++
    try {
      await binding.set(view)
      await nextTick()
    }
    finally {
      applying--
    }
  }

  function publish() {
    if (!channel || !place?.sends.value)
      return
    const entry: SharedChartEntry = { page: place.page.value, clicks: place.clicks.value, state: JSON.parse(current()) }
    if (json(channel.entries[spec.chart]) !== json(entry))
      channel.publish(spec.chart, entry)
  }

  function receive() {
    const entry = channel?.entries[spec.chart]
    if (!entry || !place?.receives.value || entry.page !== place.page.value)
      return
    if (!place.fixed.value && entry.clicks !== place.clicks.value)
      return
    const view = spec.parse(entry.state)
    if (view !== null && json(view) !== current())
      void show(view)
  }

  if (channel && place) {
    // After the chart's own watchers (its reset on a new click) and the render.
    watch(current, () => { if (!applying) publish() }, { flush: 'post' })
    watch(() => channel.entries[spec.chart], receive, { deep: true, flush: 'post' })
    watch(place.clicks, receive, { flush: 'post' })
    onMounted(receive)
  }

  const address = spec.address
  const linked = binding.linked
  if (address && linked) {
    watch(linked, async (on) => {
      if (!on)
        return
      const view = spec.parse(address.read(location.search))
      if (view !== null && json(view) !== current()) {
        await show(view)
        publish()
      }
    }, { immediate: true })
    watch([current, linked], () => {
      if (linked())
        history.replaceState(history.state, '', `${location.pathname}${address.write(location.search, binding.get())}${location.hash}`)
    })
  }
}
