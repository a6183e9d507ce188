// Checked by the Vite plugin on import (see data/index.ts), frozen here. One data file per module, so a slide's
// chunk carries only the data it shows; data/index.ts re-exports them all.
import type { OpenChatModelsData } from '../../lib/data/open-chat-models-schema'
import { deepFreeze } from '../../lib/data/deep-freeze'
import json from '../open-chat-models.json'

export const openChatModels = deepFreeze(json as unknown as OpenChatModelsData)
