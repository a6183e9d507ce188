import { z } from 'zod'
import { chatgptPipelineSchema } from './chatgpt-pipeline-schema'
import { fmtiEditionsSchema } from './fmti-editions-schema'
import { fmtiReportsSchema } from './fmti-reports-schema'
import { fmtiLectureReferences, fmtiSchema } from './fmti-schema'
import { gptEvolutionSchema } from './gpt-evolution-schema'
import { instructionFormatsSchema } from './instruction-formats-schema'
import { modelsSchema } from './models-schema'
import { openChatModelReferences, openChatModelsSchema } from './open-chat-models-schema'
import { opennessFrameworksSchema } from './openness-frameworks-schema'
import { opennessSchema } from './openness-schema'
import { osaiIndexSchema } from './osai-index-schema'
import type { Issue } from './schema-parts'
import { transparencySchema } from './transparency-schema'

/** Every file in data/ and the schema it must satisfy. A JSON file in data/ that is not listed here is an error. */
export const dataSchemas: Record<string, z.ZodType> = {
  'fmti-2023.json': fmtiSchema,
  'fmti-editions.json': fmtiEditionsSchema,
  'fmti-reports-2024-05.json': fmtiReportsSchema('2024-05'),
  'fmti-reports-2025-12.json': fmtiReportsSchema('2025-12'),
  'transparency.json': transparencySchema,
  'gpt-evolution.json': gptEvolutionSchema,
  'openness.json': opennessSchema,
  'openness-frameworks.json': opennessFrameworksSchema,
  'models.json': modelsSchema,
  'open-chat-models.json': openChatModelsSchema,
  'chatgpt-pipeline.json': chatgptPipelineSchema,
  'instruction-formats.json': instructionFormatsSchema,
  'osai-index.json': osaiIndexSchema,
}

/** The JSON Schema text of a data file, as committed in data/schemas/. */
export function jsonSchemaFor(file: string): string {
  return `${JSON.stringify(z.toJSONSchema(dataSchemas[file]!, { io: 'input', unrepresentable: 'any' }), null, 2)}\n`
}

/** Ids a file takes from another file: checked once both are valid, each problem reported in the file that refers. */
export const crossReferences: { file: string, uses: string, check: (value: never, used: never, issue: Issue) => void }[] = [
  { file: 'fmti-2023.json', uses: 'fmti-editions.json', check: fmtiLectureReferences },
  { file: 'open-chat-models.json', uses: 'models.json', check: openChatModelReferences },
]
