import { createApp, h } from 'vue'
import FmtiHeatmap from '../../components/charts/FmtiHeatmap.vue'
import { fmti, fmtiEditions } from '../../data'
import { deepFreeze } from '../../lib/data/deep-freeze'
import { indicatorHeatmapSource } from '../indicator-heatmap'
import { syntheticHeatmap } from '../synthetic-heatmap'

/** Mounts the heatmap `runs` times on the given data (or edition) and returns each mount's setup-to-drawn time in ms. */
function measure(kind: 'fmti' | 'fmti-2025' | 'indicators-2024' | 'synthetic', runs: number): number[] {
  // Frozen like the deck's own data (data/index.ts), which Vue then leaves unproxied. The lecture's edition and the
  // 2025 one are drawn from data/fmti-editions.json by the chart itself, as on the slide and when a student switches;
  // 'indicators-2024' is the 2024 edition with one row per indicator (100 x 14, real scores).
  const edition2024 = fmtiEditions.editions.find(e => e.id === '2024-05')!
  const data = kind === 'synthetic'
    ? deepFreeze(syntheticHeatmap(100, 14))
    : kind === 'indicators-2024' ? deepFreeze(indicatorHeatmapSource(edition2024, fmti)) : undefined
  const edition = kind === 'fmti-2025' ? '2025-12' : undefined
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    performance.clearMeasures('fmti-heatmap render')
    const host = document.createElement('div')
    document.getElementById('app')!.append(host)
    const app = createApp({ render: () => h(FmtiHeatmap, { data, edition, step: 3, animate: false }) })
    app.mount(host)
    times.push(performance.getEntriesByName('fmti-heatmap render').at(-1)!.duration)
    const cells = host.querySelectorAll('[data-value]').length
    const expected = data ? data.dimensions.length * data.models.length : 1
    if (cells < expected)
      throw new Error(`${kind}: ${cells} cells drawn, expected at least ${expected}`)
    app.unmount()
    host.remove()
  }
  return times
}

Object.assign(window, { measure })
