/** A model's architecture, as the timeline's mark shapes show it. */
export const ARCHITECTURES = ['decoder-only', 'encoder-decoder', 'GLM-style', 'multi-task', 'undisclosed'] as const
export type Architecture = typeof ARCHITECTURES[number]
