/** The vocabularies of data/gpt-evolution.json, used in JSON, the DOM (data-method) and tests. */
export const EVOLUTION_SERIES_IDS = ['gpt-3', 'gpt-3.5'] as const

/** How a model came from another: training methods first, then relations that involve no training. */
export const EVOLUTION_METHOD_IDS = [
  'code', 'code-instruction', 'sft', 'feedme', 'rlhf',
  'variant', 'replacement', 'alias',
] as const

export type EvolutionMethodId = typeof EVOLUTION_METHOD_IDS[number]
