// Checked by the Vite plugin on import (see data/index.ts), frozen here.
import type { OpennessFrameworksData } from '../../lib/data/openness-frameworks-schema'
import { deepFreeze } from '../../lib/data/deep-freeze'
import json from '../openness-frameworks.json'

export const opennessFrameworks = deepFreeze(json as unknown as OpennessFrameworksData)
