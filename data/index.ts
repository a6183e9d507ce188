/** The deck's data: each file parsed and validated once, then frozen. Components import from here. */
import { chatgptPipelineSchema } from '../lib/data/chatgpt-pipeline-schema'
import { fmtiSchema } from '../lib/data/fmti-schema'
import { gptEvolutionSchema } from '../lib/data/gpt-evolution-schema'
import { instructionFormatsSchema } from '../lib/data/instruction-formats-schema'
import { modelsSchema } from '../lib/data/models-schema'
import { openChatModelsSchema } from '../lib/data/open-chat-models-schema'
import { opennessSchema } from '../lib/data/openness-schema'
import { deepFreeze, validate } from '../lib/data/parse-json'
import { transparencySchema } from '../lib/data/transparency-schema'
import chatgptPipelineJson from './chatgpt-pipeline.json'
import fmtiJson from './fmti-2023.json'
import gptEvolutionJson from './gpt-evolution.json'
import instructionFormatsJson from './instruction-formats.json'
import modelsJson from './models.json'
import openChatModelsJson from './open-chat-models.json'
import opennessJson from './openness.json'
import transparencyJson from './transparency.json'

export const fmti = deepFreeze(validate('data/fmti-2023.json', fmtiSchema, fmtiJson))
export const transparency = deepFreeze(validate('data/transparency.json', transparencySchema, transparencyJson))
export const openness = deepFreeze(validate('data/openness.json', opennessSchema, opennessJson))
export const gptEvolution = deepFreeze(validate('data/gpt-evolution.json', gptEvolutionSchema, gptEvolutionJson))
export const landscapeModels = deepFreeze(validate('data/models.json', modelsSchema, modelsJson))
export const openChatModels = deepFreeze(validate('data/open-chat-models.json', openChatModelsSchema, openChatModelsJson))
export const chatgptPipeline = deepFreeze(validate('data/chatgpt-pipeline.json', chatgptPipelineSchema, chatgptPipelineJson))
export const instructionFormats = deepFreeze(validate('data/instruction-formats.json', instructionFormatsSchema, instructionFormatsJson))
