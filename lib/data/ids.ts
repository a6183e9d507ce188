/** The FMTI editions, in order of publication: in data/fmti-editions.json, and in the heatmap's address (?edition=). */
export const FMTI_EDITION_IDS = ['2023-10', '2024-05', '2025-12'] as const
export type FmtiEditionId = typeof FMTI_EDITION_IDS[number]
