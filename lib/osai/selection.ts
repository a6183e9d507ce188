/**
 * Which of the index's models the matrix shows, and how they meet the lecture's matrix (data/openness.json).
 * The index keeps one entry per family and updates it to the latest release, so "Mistral" in the index is
 * Mistral Large 3 and "Qwen" is Qwen3.5: the names match the lecture's, the versions do not.
 */
export const OSAI_LECTURE_MODELS = [
  { osai: 'llama-2-chat', lecture: 'llama-2' },
  { osai: 'mistral', lecture: 'mistral' },
  { osai: 'qwen', lecture: 'qwen' },
  { osai: 'olmo', lecture: 'olmo' },
  { osai: 'amber', lecture: 'llm360' },
] as const

/** Models students meet today, in the index. */
export const OSAI_NEWER_MODELS = ['k2', 'llama-4', 'deepseek-r1', 'deepseek-v3', 'gpt-oss', 'gemma', 'kimik2-5', 'bloomz'] as const

export const OSAI_MATRIX_MODELS: readonly string[] = [...OSAI_LECTURE_MODELS.map(m => m.osai), ...OSAI_NEWER_MODELS]
