import { z } from 'zod'
import { OPENNESS_ARTEFACT_IDS } from './openness-ids'
import { jsonPath, unknownKeysMessage } from './format-issues'
import { citedWork, dataFile, everyId, https, issuesOf, kebabId, knownIds, month, name, onceEach, oneOf, text, title } from './schema-parts'

// data/openness-frameworks.json: what two definitions of open AI (OSI's OSAID 1.0, the Model Openness Framework's
// three classes) ask to be released, and which of the lecture's 13 artefacts each of their components covers. Which
// artefacts a framework requires is derived from this in lib/openness/frameworks.ts, never written by hand.

/** How much of an artefact a component covers: all that the lecture asks of it, or only part. */
const COVER_EXTENTS = ['full', 'partial'] as const

/** A level a release can reach: OSAID has one (Open Source AI), the MOF three classes, each including the one below. */
const level = z.strictObject({
  id: kebabId,
  rank: name.optional().describe('The class, where the framework ranks its levels (III 类).'),
  rankEn: name.optional().describe('The framework\'s own term for the class (Class III).'),
  label: name.describe('The column\'s heading (开放模型).'),
  labelEn: name.describe('The framework\'s own term (Open Model).'),
  includes: kebabId.optional().describe('The level whose components this one also requires (Class II includes Class III).'),
})

const component = z.strictObject({
  id: kebabId,
  level: kebabId.describe('The level from which on the component is named.'),
  label: name,
  labelEn: name.describe('The framework\'s own name for it (Data Information, Model parameters (Final)).'),
  required: z.boolean({ error: 'expected true or false' }).describe('False for the components a framework lists as optional: they never make an artefact required.'),
  quote: text.describe('The framework\'s wording, in English, short.'),
  text: text.describe('The same in Chinese, for the slide.'),
})

const framework = z.strictObject({
  id: kebabId,
  name: name.describe('Short name in the table\'s heading (OSAID 1.0, MOF).'),
  label: name,
  labelEn: title,
  publisher: text,
  released: month,
  summary: text.describe('One sentence on what it asks, for the slide\'s side panel.'),
  terms: text.describe('What it asks beyond release, which the table does not show (licences, terms).'),
  citation: citedWork,
  componentsSource: z.strictObject({ label: title, url: https }).optional().describe('Where the list of components and their levels was taken from, if not the citation itself.'),
  levels: z.array(level).min(1, 'expected at least one level'),
  components: z.array(component).min(1, 'expected at least one component'),
})

const cover = z.strictObject({ component: kebabId, extent: oneOf('an extent', COVER_EXTENTS) })

const mapping = z.strictObject({
  artefact: oneOf('one of the lecture\'s 13 artefact ids', OPENNESS_ARTEFACT_IDS),
  covers: z.array(cover).describe('The components that ask for (part of) this artefact; none when no framework asks for it.'),
  notes: z.record(kebabId, text).optional().describe('Per framework id: why the artefact maps as it does. Required where it maps only partly.'),
})

export const opennessFrameworksSchema = dataFile({
  frameworks: z.array(framework).min(1, 'expected at least one framework'),
  mapping: z.array(mapping),
}).superRefine((d, ctx) => {
  const issue = issuesOf(ctx)
  onceEach(issue, d, 'frameworks[].levels[].id', id => `expected a unique level id, "${id}" appears twice`)
  onceEach(issue, d, 'frameworks[].components[].id', id => `expected a unique component id, "${id}" appears twice`)
  d.frameworks.forEach((f, i) => {
    const levels = f.levels.map(l => l.id)
    f.levels.forEach((l, j) => {
      if ((l.rank === undefined) !== (l.rankEn === undefined))
        issue(['frameworks', i, 'levels', j, l.rank === undefined ? 'rank' : 'rankEn'], 'expected rank and rankEn together, or neither')
      // A level may include only one listed before it in the same framework: no cycles, lowest class first.
      if (l.includes !== undefined && !levels.slice(0, j).includes(l.includes))
        issue(['frameworks', i, 'levels', j, 'includes'], `expected a level of "${f.id}" listed before this one (${levels.slice(0, j).join(', ') || 'none'}), got "${l.includes}"`)
    })
    knownIds(issue, d, [`frameworks[${i}].components[].level`], levels, id => `expected a level of "${f.id}" (${levels.join(', ')}), got "${id}"`)
  })

  const frameworkOf = new Map(d.frameworks.flatMap(f => f.components.map(c => [c.id, f.id])))
  const frameworkIds = d.frameworks.map(f => f.id)
  onceEach(issue, d, 'mapping[].artefact', (a, first) => `expected each artefact once, "${a}" is also ${jsonPath(first.slice(0, 2))}`)
  knownIds(issue, d, ['mapping[].covers[].component'], frameworkOf.keys(), c => `unknown component "${c}": expected one of ${[...frameworkOf.keys()].join(', ')}`)
  d.mapping.forEach((m, i) => {
    onceEach(issue, d, `mapping[${i}].covers[].component`, c => `expected each component once per artefact, "${c}" appears twice`)
    for (const key of Object.keys(m.notes ?? {}).filter(key => !frameworkIds.includes(key)))
      issue(['mapping', i, 'notes', key], unknownKeysMessage([key], frameworkIds))
    // Conservative by rule: where an artefact maps only partly, the file says why.
    for (const f of frameworkIds.filter(f => !m.notes?.[f])) {
      const covers = m.covers.filter(c => frameworkOf.get(c.component) === f)
      if (covers.some(c => c.extent === 'partial'))
        issue(['mapping', i, 'notes', f], `missing: "${m.artefact}" maps only partly to a component of "${f}", expected a note saying how`)
      else if (!covers.length)
        issue(['mapping', i, 'notes', f], `missing: no component of "${f}" asks for "${m.artefact}", expected a note saying so and why`)
    }
  })
  everyId(d.mapping, OPENNESS_ARTEFACT_IDS, 'mapping', issue, 'artefact')
})

export type OpennessFrameworksData = z.infer<typeof opennessFrameworksSchema>
export type CoverExtent = typeof COVER_EXTENTS[number]
