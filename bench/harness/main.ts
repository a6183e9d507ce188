import { createApp, h } from 'vue'
import FmtiHeatmap from '../../components/charts/FmtiHeatmap.vue'
import { fmti } from '../../data'
import { deepFreeze } from '../../lib/data/parse-json'
import { syntheticHeatmap } from '../synthetic-heatmap'

/** Mounts the heatmap `runs` times on the given data and returns each mount's setup-to-drawn time in ms. */
function measure(kind: 'fmti' | 'synthetic', runs: number): number[] {
  // Frozen like the deck's own data (data/index.ts), which Vue then leaves unproxied.
  const data = kind === 'fmti' ? fmti : deepFreeze(syntheticHeatmap(100, 14))
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    performance.clearMeasures('fmti-heatmap render')
    const host = document.createElement('div')
    document.getElementById('app')!.append(host)
    const app = createApp({ render: () => h(FmtiHeatmap, { data, step: 3, animate: false }) })
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
