/** The ids used everywhere (JSON, DOM, URLs). Changing one is a breaking change for slides and tests. */
export const FMTI_DIMENSION_IDS = [
  'data', 'labor', 'compute', 'methods',
  'model-basics', 'model-access', 'capabilities', 'risks', 'mitigations',
  'distribution', 'usage-policy', 'feedback', 'impact',
] as const

export const FMTI_MODEL_IDS = [
  'llama-2', 'bloomz', 'gpt-4', 'stable-diffusion-2', 'palm-2',
  'claude-2', 'command', 'jurassic-2', 'inflection-1', 'titan-text',
] as const

export const FMTI_DOMAIN_IDS = ['upstream', 'model', 'downstream'] as const

/** The FMTI editions, in order of publication. */
export const FMTI_EDITION_IDS = ['2023-10', '2024-05', '2025-12'] as const
export type FmtiEditionId = typeof FMTI_EDITION_IDS[number]
