// Checked by the Vite plugin on import (see data/index.ts), frozen here. One data file per module, so a slide's
// chunk carries only the data it shows; data/index.ts re-exports them all.
import type { FmtiData } from '../../lib/data/fmti-schema'
import { deepFreeze } from '../../lib/data/deep-freeze'
import json from '../fmti-2023.json'

export const fmti = deepFreeze(json as unknown as FmtiData)
