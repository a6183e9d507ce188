/**
 * Every view state the lecture shares, by chart id: what the relay accepts (server/relay.ts). A chart's page loads
 * only its own spec, with its own data; this registry, which loads them all, is for the relay and the tests.
 */
import { evolutionShared } from '../evolution/shared'
import { heatmapShared } from '../fmti/heatmap-shared'
import { opennessShared } from '../openness/shared'
import { osaiShared } from '../osai/shared'
import { audienceQrShared } from './audience-qr'
import type { ChartStateCheck } from './position'
import type { AnySharedChartSpec } from './shared-chart'

export const SHARED_CHART_SPECS: readonly AnySharedChartSpec[] = [heatmapShared, evolutionShared, opennessShared, osaiShared, audienceQrShared]

const byId = new Map(SHARED_CHART_SPECS.map(s => [s.chart, s]))

/** The check the relay applies to each chart state: a known chart, and a state its spec accepts. */
export const checkSharedChart: ChartStateCheck = (chart, state) => {
  const spec = byId.get(chart)
  if (!spec)
    return { error: `no chart "${chart}" shares its state (${[...byId.keys()].join(', ')})` }
  const parsed = spec.parse(state)
  return parsed === null ? { error: `not a valid state of ${chart}: ${JSON.stringify(state).slice(0, 200)}` } : { state: parsed }
}
