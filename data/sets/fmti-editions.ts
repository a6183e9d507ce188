// Checked by the Vite plugin on import (see data/index.ts), frozen here.
import type { FmtiEditionId, FmtiEditionsData } from '../../lib/data/fmti-editions-schema'
import type { FmtiReportsData } from '../../lib/data/fmti-reports-schema'
import { deepFreeze } from '../../lib/data/deep-freeze'
import json from '../fmti-editions.json'

export const fmtiEditions = deepFreeze(json as unknown as FmtiEditionsData)

/**
 * The 2024 and 2025 reports (disclosures, justifications, references: about 1 MB), loaded only when a view asks for
 * them, so that the slides that do not show them do not pay for them.
 */
export async function loadFmtiReports(edition: Exclude<FmtiEditionId, '2023-10'>): Promise<FmtiReportsData> {
  const mod = edition === '2024-05' ? await import('../fmti-reports-2024-05.json') : await import('../fmti-reports-2025-12.json')
  return deepFreeze(mod.default as unknown as FmtiReportsData)
}
