import { gptEvolution } from '../../data/sets/gpt-evolution'
import type { EvolutionMethodId } from '../data/gpt-evolution-ids'
import { hasOnlyKeys, isRecord, type SharedChartSpec } from '../lecture/shared-chart'

/** The lineage graph's shared view: the training method highlighted from its legend, or none. */
export interface EvolutionView {
  highlight: EvolutionMethodId | null
}

/** Methods the legend offers: those some edge of the graph uses. */
const legendMethods = (): ReadonlySet<string> => new Set(gptEvolution.edges.map(e => e.method))

let methods: ReadonlySet<string> | undefined
export const evolutionShared: SharedChartSpec<EvolutionView> = {
  chart: 'gpt-evolution',
  parse(value) {
    if (!isRecord(value) || !hasOnlyKeys(value, ['highlight']))
      return null
    if (value.highlight === null)
      return { highlight: null }
    methods ??= legendMethods()
    return typeof value.highlight === 'string' && methods.has(value.highlight) ? { highlight: value.highlight as EvolutionMethodId } : null
  },
}
