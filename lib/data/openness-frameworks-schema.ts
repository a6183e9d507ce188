import { z } from 'zod'
import { OPENNESS_ARTEFACT_IDS } from './openness-ids'
import { unknownKeysMessage } from './format-issues'
import { arxivId, dataFile, expected, https, issuesOf, kebabId, month, name, text, title } from './schema-parts'

// data/openness-frameworks.json: what two definitions of open AI ask to be released (OSI's Open Source AI
// Definition 1.0 and the Model Openness Framework's three classes), and which of the lecture's 13 artefacts
// (data/openness.json) each of their components covers. Which artefacts a framework requires is derived from
// this in lib/openness/frameworks.ts, never written by hand.

/** How much of an artefact a component covers: all that the lecture asks of it, or only part. */
const COVER_EXTENTS = ['full', 'partial'] as const

const artefactId = z.enum(OPENNESS_ARTEFACT_IDS, { error: expected(`one of the lecture's 13 artefact ids (${OPENNESS_ARTEFACT_IDS.join(', ')})`) })
const extent = z.enum(COVER_EXTENTS, { error: expected('"full" or "partial"') })

const citation = z.strictObject({
  authors: text,
  year: z.number().int().min(2000, 'expected a year'),
  title,
  arxiv: arxivId.optional(),
  url: https,
})

/** A level a release can reach: OSAID has one (Open Source AI), the MOF three classes, each including the one below. */
const level = z.strictObject({
  id: kebabId,
  /** The class, where the framework ranks its levels: III 类, and its own term, Class III. */
  rank: name.optional(),
  rankEn: name.optional(),
  /** The column's heading, Chinese (开放模型). */
  label: name,
  /** The framework's own term (Open Model). */
  labelEn: name,
  /** The level whose components this one also requires (Class II includes Class III). */
  includes: kebabId.optional(),
})

const component = z.strictObject({
  id: kebabId,
  /** The level from which on the component is named. */
  level: kebabId,
  label: name,
  /** The framework's own name for it (Data Information, Model parameters (Final)). */
  labelEn: name,
  /** False for the components a framework lists as optional: they never make an artefact required. */
  required: z.boolean({ error: 'expected true or false' }),
  /** The framework's wording, in English, short. */
  quote: text,
  /** The same in Chinese, for the slide. */
  text,
})

const framework = z.strictObject({
  id: kebabId,
  /** Short name in the table's heading (OSAID 1.0, MOF). */
  name,
  label: name,
  labelEn: title,
  publisher: text,
  released: month,
  /** One sentence on what it asks, for the slide's side panel. */
  summary: text,
  /** What it asks beyond release, which the table does not show (licences, terms). */
  terms: text,
  citation,
  /** Where the list of components and their levels was taken from, if not the citation itself. */
  componentsSource: z.strictObject({ label: title, url: https }).optional(),
  levels: z.array(level).min(1, 'expected at least one level'),
  components: z.array(component).min(1, 'expected at least one component'),
})

const cover = z.strictObject({ component: kebabId, extent })

const mapping = z.strictObject({
  artefact: artefactId,
  /** The components that ask for (part of) this artefact; none when no framework asks for it. */
  covers: z.array(cover),
  /** Per framework id: why the artefact maps as it does. Required where it maps only partly. */
  notes: z.record(kebabId, text).optional(),
})

export const opennessFrameworksSchema = dataFile({
  frameworks: z.array(framework).min(1, 'expected at least one framework'),
  mapping: z.array(mapping),
}).superRefine((d, ctx) => {
  const issue = issuesOf(ctx)
  const frameworkIds = new Set(d.frameworks.map(f => f.id))
  const levelOf = new Map<string, string>() // level id -> framework id
  const componentOf = new Map<string, { framework: string }>()
  d.frameworks.forEach((f, i) => {
    f.levels.forEach((l, j) => {
      if (levelOf.has(l.id))
        issue(['frameworks', i, 'levels', j, 'id'], `expected a unique level id, "${l.id}" appears twice`)
      else levelOf.set(l.id, f.id)
      if ((l.rank === undefined) !== (l.rankEn === undefined))
        issue(['frameworks', i, 'levels', j, l.rank === undefined ? 'rank' : 'rankEn'], 'expected rank and rankEn together, or neither')
      // A level may include only one listed before it in the same framework: no cycles, lowest class first.
      if (l.includes !== undefined && !f.levels.slice(0, j).some(e => e.id === l.includes))
        issue(['frameworks', i, 'levels', j, 'includes'], `expected a level of "${f.id}" listed before this one (${f.levels.slice(0, j).map(e => e.id).join(', ') || 'none'}), got "${l.includes}"`)
    })
    f.components.forEach((c, j) => {
      if (componentOf.has(c.id))
        issue(['frameworks', i, 'components', j, 'id'], `expected a unique component id, "${c.id}" appears twice`)
      componentOf.set(c.id, { framework: f.id })
      if (!f.levels.some(l => l.id === c.level))
        issue(['frameworks', i, 'components', j, 'level'], `expected a level of "${f.id}" (${f.levels.map(l => l.id).join(', ')}), got "${c.level}"`)
    })
  })

  const seen = new Map<string, number>()
  d.mapping.forEach((m, i) => {
    if (seen.has(m.artefact))
      issue(['mapping', i, 'artefact'], `expected each artefact once, "${m.artefact}" is also mapping[${seen.get(m.artefact)}]`)
    seen.set(m.artefact, i)
    const covered = new Set<string>()
    const partlyIn = new Set<string>()
    m.covers.forEach((c, j) => {
      const known = componentOf.get(c.component)
      if (!known) {
        issue(['mapping', i, 'covers', j, 'component'], `unknown component "${c.component}": expected one of ${[...componentOf.keys()].join(', ')}`)
        return
      }
      if (covered.has(c.component))
        issue(['mapping', i, 'covers', j, 'component'], `expected each component once per artefact, "${c.component}" appears twice`)
      covered.add(c.component)
      if (c.extent === 'partial')
        partlyIn.add(known.framework)
    })
    for (const key of Object.keys(m.notes ?? {})) {
      if (!frameworkIds.has(key))
        issue(['mapping', i, 'notes', key], unknownKeysMessage([key], [...frameworkIds]))
    }
    // Conservative by rule: where an artefact maps only partly, the file says why.
    for (const f of d.frameworks) {
      const fullyAnywhere = m.covers.some(c => c.extent === 'full' && componentOf.get(c.component)?.framework === f.id)
      if (partlyIn.has(f.id) && !m.notes?.[f.id])
        issue(['mapping', i, 'notes', f.id], `missing: "${m.artefact}" maps only partly to a component of "${f.id}", expected a note saying how`)
      else if (!fullyAnywhere && !partlyIn.has(f.id) && !m.notes?.[f.id])
        issue(['mapping', i, 'notes', f.id], `missing: no component of "${f.id}" asks for "${m.artefact}", expected a note saying so and why`)
    }
  })
  for (const id of OPENNESS_ARTEFACT_IDS) {
    if (!seen.has(id))
      issue(['mapping'], `expected an entry with artefact "${id}", which is missing`)
  }
})

export type OpennessFrameworksData = z.infer<typeof opennessFrameworksSchema>
export type CoverExtent = typeof COVER_EXTENTS[number]
