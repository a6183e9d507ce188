import { openness } from '../../data/sets/openness'
import { selectedMarkSpec } from '../lecture/shared-chart'

/** The openness matrix's shared view: the mark (artefact | model) whose details show. */
export const opennessShared = selectedMarkSpec('openness-matrix', () =>
  new Set(openness.artefacts.flatMap(a => openness.models.map(m => `${a.id}|${m.id}`))))
