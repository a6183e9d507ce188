// Checked by the Vite plugin on import (see data/index.ts), frozen here.
import type { OsaiIndexData } from '../../lib/data/osai-index-schema'
import { deepFreeze } from '../../lib/data/deep-freeze'
import json from '../osai-index.json'

export const osaiIndex = deepFreeze(json as unknown as OsaiIndexData)
