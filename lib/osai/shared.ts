import { osaiIndex } from '../../data/sets/osai-index'
import { selectedMarkSpec } from '../lecture/shared-chart'
import { OSAI_MATRIX_MODELS } from './selection'

/** The OSAI matrix's shared view: the mark (parameter | model) whose details show, among the models it draws. */
export const osaiShared = selectedMarkSpec('osai-openness', () =>
  new Set(osaiIndex.parameters.flatMap(p => OSAI_MATRIX_MODELS.map(m => `${p.id}|${m}`))))
