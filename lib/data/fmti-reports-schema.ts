import { z } from 'zod'
import { dataFile, issuesOf, kebabId, optionalText, TEXT_LIMITS } from './schema-parts'

/** One indicator of one developer's report: what the developer disclosed, why it was scored so, and where. */
const row = z.strictObject({
  disclosure: optionalText(TEXT_LIMITS.report, 'a report\'s text'),
  justification: optionalText(TEXT_LIMITS.report, 'a report\'s text'),
  references: z.array(z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' })),
})

/** data/fmti-reports-<edition>.json: per developer, one row per indicator, in the order of the edition's indicators. */
export const fmtiReportsSchema = (edition: '2024-05' | '2025-12') => dataFile({
  edition: z.literal(edition, { error: `expected "${edition}"` }),
  developers: z.record(kebabId, z.array(row).length(100, 'expected 100 rows, one per indicator')),
}).superRefine((d, ctx) => {
  if (Object.keys(d.developers).length === 0)
    issuesOf(ctx)(['developers'], 'expected at least one developer')
})

export type FmtiReportsData = z.infer<ReturnType<typeof fmtiReportsSchema>>
export type FmtiReportRow = FmtiReportsData['developers'][string][number]
