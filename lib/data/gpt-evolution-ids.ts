/** How a model came from another (data/gpt-evolution.json, data-method in the DOM): training first, then relations. */
export const EVOLUTION_METHOD_IDS = [
  'code', 'code-instruction', 'sft', 'feedme', 'rlhf',
  'variant', 'replacement', 'alias',
] as const

export type EvolutionMethodId = typeof EVOLUTION_METHOD_IDS[number]
