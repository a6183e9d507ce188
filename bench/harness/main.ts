import { createApp, h } from 'vue'
import FmtiHeatmap from '../../components/charts/FmtiHeatmap.vue'
import { fmti } from '../../data'
import { deepFreeze } from '../../lib/data/parse-json'
import { syntheticHeatmap } from '../synthetic-heatmap'

/** Mounts the heatmap `runs` times on the given data (or edition) and returns each mount's setup-to-drawn time in ms. */
function measure(kind: 'fmti' | 'fmti-2025' | 'synthetic', runs: number): number[] {
  // Frozen like the deck's own data (data/index.ts), which Vue then leaves unproxied. The 2025 edition is drawn from
  // data/fmti-editions.json by the chart itself, as when a student switches to it.
  const data = kind === 'synthetic' ? deepFreeze(syntheticHeatmap(100, 14)) : kind === 'fmti' ? fmti : undefined
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
    if (cells === 0)
      throw new Error('no cell drawn')
    app.unmount()
    host.remove()
  }
  return times
}

Object.assign(window, { measure })
