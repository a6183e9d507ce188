// Checked by the Vite plugin on import (see data/index.ts), frozen here. One data file per module, so a slide's
// chunk carries only the data it shows; data/index.ts re-exports them all.
import type { GptEvolutionData } from '../../lib/data/gpt-evolution-schema'
import { deepFreeze } from '../../lib/data/deep-freeze'
import json from '../gpt-evolution.json'

export const gptEvolution = deepFreeze(json as unknown as GptEvolutionData)
