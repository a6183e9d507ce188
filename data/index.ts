/** The deck's data: each file parsed and validated once, then frozen. Components import from here. */
import { fmtiSchema } from '../lib/data/fmti-schema'
import { gptEvolutionSchema } from '../lib/data/gpt-evolution-schema'
import { opennessSchema } from '../lib/data/openness-schema'
import { deepFreeze, validate } from '../lib/data/parse-json'
import { transparencySchema } from '../lib/data/transparency-schema'
import fmtiJson from './fmti-2023.json'
import gptEvolutionJson from './gpt-evolution.json'
import opennessJson from './openness.json'
import transparencyJson from './transparency.json'

export const fmti = deepFreeze(validate('data/fmti-2023.json', fmtiSchema, fmtiJson))
export const transparency = deepFreeze(validate('data/transparency.json', transparencySchema, transparencyJson))
export const openness = deepFreeze(validate('data/openness.json', opennessSchema, opennessJson))
export const gptEvolution = deepFreeze(validate('data/gpt-evolution.json', gptEvolutionSchema, gptEvolutionJson))
