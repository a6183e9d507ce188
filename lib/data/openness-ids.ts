/** The ids of the openness chapter (JSON, DOM, tests). Changing one is a breaking change for slides and tests. */

/** The three stages of building a chat model, in the order they happen. */
export const OPENNESS_STAGE_IDS = ['pretraining', 'sft', 'alignment'] as const
export type OpennessStageId = typeof OPENNESS_STAGE_IDS[number]
/** The 13 artefacts whose release makes a model open, in the seed's order (pretraining 7, SFT 3, alignment 3). */
export const OPENNESS_ARTEFACT_IDS = [
  'training-code', 'architecture', 'training-recipe', 'data-info', 'data-processing', 'data-content', 'weights',
  'sft-data-info', 'sft-data-content', 'sft-weights',
  'reward-model', 'preference-data', 'aligned-weights',
] as const
export type OpennessArtefactId = typeof OPENNESS_ARTEFACT_IDS[number]
/** The matrix's columns, in the seed's order. */
export const OPENNESS_MODEL_IDS = ['gpt-4', 'llama-2', 'qwen', 'mistral', 'llm360', 'olmo'] as const
export type OpennessModelId = typeof OPENNESS_MODEL_IDS[number]
/** The seed's √, × and -. */
export const OPENNESS_VALUES = ['open', 'closed', 'na'] as const
export type OpennessValue = typeof OPENNESS_VALUES[number]
/** What an artefact is about; the groups are defined on it (lib/openness/groups.ts). */
export const OPENNESS_SUBJECTS = ['training', 'data', 'architecture', 'weights'] as const
/** The kinds of openness the lecture contrasts; who belongs to each is derived from the ratings. */
export const OPENNESS_GROUP_IDS = ['fully-open', 'closed', 'open-weights'] as const
export type OpennessGroupId = typeof OPENNESS_GROUP_IDS[number]
