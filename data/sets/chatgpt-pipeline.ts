// Checked by the Vite plugin on import (see data/index.ts), frozen here. One data file per module, so a slide's
// chunk carries only the data it shows; data/index.ts re-exports them all.
import type { ChatgptPipelineData } from '../../lib/data/chatgpt-pipeline-schema'
import { deepFreeze } from '../../lib/data/deep-freeze'
import json from '../chatgpt-pipeline.json'

export const chatgptPipeline = deepFreeze(json as unknown as ChatgptPipelineData)
