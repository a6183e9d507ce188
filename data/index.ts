/**
 * The deck's data, typed and frozen. Each JSON file is parsed and validated against its schema when it is imported,
 * by the deck's Vite plugin (lib/data/vite-plugin.ts, in dev, build and Vitest alike), which hands over the schema's
 * output or stops with the file, the JSON path and what was expected. So the browser gets checked data without
 * shipping the validator.
 */
import type { ChatgptPipelineData } from '../lib/data/chatgpt-pipeline-schema'
import type { FmtiEditionId, FmtiEditionsData } from '../lib/data/fmti-editions-schema'
import type { FmtiReportsData } from '../lib/data/fmti-reports-schema'
import type { FmtiData } from '../lib/data/fmti-schema'
import type { GptEvolutionData } from '../lib/data/gpt-evolution-schema'
import type { InstructionFormatsData } from '../lib/data/instruction-formats-schema'
import type { ModelsData } from '../lib/data/models-schema'
import type { OpenChatModelsData } from '../lib/data/open-chat-models-schema'
import type { OpennessData } from '../lib/data/openness-schema'
import type { OsaiIndexData } from '../lib/data/osai-index-schema'
import type { TransparencyData } from '../lib/data/transparency-schema'
import { deepFreeze } from '../lib/data/parse-json'
import chatgptPipelineJson from './chatgpt-pipeline.json'
import fmtiJson from './fmti-2023.json'
import fmtiEditionsJson from './fmti-editions.json'
import gptEvolutionJson from './gpt-evolution.json'
import instructionFormatsJson from './instruction-formats.json'
import modelsJson from './models.json'
import openChatModelsJson from './open-chat-models.json'
import opennessJson from './openness.json'
import osaiIndexJson from './osai-index.json'
import transparencyJson from './transparency.json'

/** Data the Vite plugin has validated against the schema of T. */
function validated<T>(json: unknown): T {
  return deepFreeze(json as T)
}

export const fmti = validated<FmtiData>(fmtiJson)
export const transparency = validated<TransparencyData>(transparencyJson)
export const openness = validated<OpennessData>(opennessJson)
export const gptEvolution = validated<GptEvolutionData>(gptEvolutionJson)
export const landscapeModels = validated<ModelsData>(modelsJson)
export const openChatModels = validated<OpenChatModelsData>(openChatModelsJson)
export const chatgptPipeline = validated<ChatgptPipelineData>(chatgptPipelineJson)
export const instructionFormats = validated<InstructionFormatsData>(instructionFormatsJson)
export const fmtiEditions = validated<FmtiEditionsData>(fmtiEditionsJson)

/**
 * The 2024 and 2025 reports (disclosures, justifications, references: about 1 MB), loaded only when a view asks for
 * them, so that the slides that do not show them do not pay for them.
 */
export async function loadFmtiReports(edition: Exclude<FmtiEditionId, '2023-10'>): Promise<FmtiReportsData> {
  const mod = edition === '2024-05' ? await import('./fmti-reports-2024-05.json') : await import('./fmti-reports-2025-12.json')
  return validated<FmtiReportsData>(mod.default)
}
export const osaiIndex = validated<OsaiIndexData>(osaiIndexJson)
