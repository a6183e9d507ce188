import { addSyncMethod, createSyncState, slidesTitle, useNav, useSlideContext } from '@slidev/client'
import { defineRootSetup } from '@slidev/types'
import { computed, getCurrentInstance, h, render } from 'vue'
import { useRouter } from 'vue-router'
// The dev server's copy of the "charts" state (vite.config.ts declares it), shared by its pages over its websocket.
import serverCharts from 'server-reactive:charts'
import { type ChartPlace, sharedChartChannel } from '../composables/useSharedChartState'
import { createLectureSync } from '../lecture/lecture-sync'
import LectureOverlay from '../lecture/LectureOverlay.vue'
import { relayPage, takePresenterToken } from '../lecture/relay-page'
import { isPrintPage } from '../lib/deck/print-page'
import type { SharedCharts } from '../lib/lecture/shared-chart'

// Before the router reads the address: the presenter's token leaves it.
const token = takePresenterToken()

/** Slidev's channel names: its navigation's (setup/root.ts in @slidev/client) and ours beside it. */
const NAV_CHANNEL = `${slidesTitle} - shared`
const CHARTS_CHANNEL = `${slidesTitle} - charts`

export default defineRootSetup(() => {
  const app = getCurrentInstance()!.appContext.app
  const printing = isPrintPage(import.meta.env.BASE_URL, location)

  // The charts' shared views: one Slidev sync state, so they travel wherever Slidev's navigation does.
  const charts = createSyncState<SharedCharts>(serverCharts as SharedCharts, {})
  charts.init(CHARTS_CHANNEL)
  const nav = useNav()
  app.provide(sharedChartChannel, {
    entries: charts.state,
    publish: (chart, entry) => charts.patch(chart, entry),
    place(): ChartPlace {
      const { $page, $clicks, $renderContext } = useSlideContext()
      const lecturer = computed(() => $renderContext.value === 'slide' || $renderContext.value === 'presenter')
      return {
        page: $page,
        clicks: $clicks,
        sends: computed(() => !printing && lecturer.value && $page.value === nav.currentSlideNo.value),
        receives: computed(() => !printing && (lecturer.value || $renderContext.value === 'overview')),
        fixed: computed(() => $renderContext.value === 'overview'),
      }
    },
  })

  // Served by `npm run lecture`: the relay joins Slidev's sync methods, and the page gets its follow controls.
  const relay = relayPage()
  if (!relay || printing)
    return
  const router = useRouter()
  const { sync, follow, explore } = createLectureSync({
    relay,
    router,
    channels: { nav: NAV_CHANNEL, charts: CHARTS_CHANNEL },
    token,
    isPresenter: () => router.currentRoute.value.name === 'presenter',
  })
  addSyncMethod(sync)
  const host = document.createElement('div')
  document.body.append(host)
  const overlay = h(LectureOverlay, { audience: relay.audience, follow, explore })
  overlay.appContext = app._context
  render(overlay, host)
})
