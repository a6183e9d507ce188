/** The deck's data: each file parsed and validated once, then frozen. Components import from here. */
import { fmtiSchema } from '../lib/data/fmti-schema'
import { deepFreeze, validate } from '../lib/data/parse-json'
import fmtiJson from './fmti-2023.json'

export const fmti = deepFreeze(validate('data/fmti-2023.json', fmtiSchema, fmtiJson))
