/**
 * What each component a slide names shows of data/, as searchable records: the search finds a chart's model names,
 * developers, indicators and fields on the slide that names the chart. Each entry reads the same data and props as
 * the component (a LandscapeTopic's `id`, an OpenChatModels `group`, a FormatSteps `id` …). A component that shows
 * nothing of its own (the lecture map lists the slides' titles, already searched) maps to null; a component named
 * in a slide but missing here fails the search's unit test, so a new chart cannot be left out unnoticed.
 */
import type { ChatgptPipelineData } from '../data/chatgpt-pipeline-schema'
import type { FmtiEditionsData } from '../data/fmti-editions-schema'
import type { FmtiData } from '../data/fmti-schema'
import type { GptEvolutionData } from '../data/gpt-evolution-schema'
import type { InstructionFormatsData } from '../data/instruction-formats-schema'
import type { ModelsData } from '../data/models-schema'
import type { OpenChatModelsData } from '../data/open-chat-models-schema'
import type { OpennessFrameworksData } from '../data/openness-frameworks-schema'
import type { OpennessData } from '../data/openness-schema'
import type { OsaiIndexData } from '../data/osai-index-schema'
import type { TransparencyData } from '../data/transparency-schema'
import { editionHeatmapSource, LECTURE_EDITION } from '../fmti/edition-source'
import type { HeatmapSource } from '../fmti/heatmap-source'
import { writeHeatmapQuery } from '../fmti/heatmap-url'
import { sum } from '../math/sum-and-mean'
import { OSAI_MATRIX_MODELS } from '../osai/selection'

/** The data files the searched components show, by the names data/index.ts exports them under. */
export interface DeckData {
  transparency: TransparencyData
  fmti: FmtiData
  fmtiEditions: FmtiEditionsData
  gptEvolution: GptEvolutionData
  openness: OpennessData
  opennessFrameworks: OpennessFrameworksData
  landscapeModels: ModelsData
  openChatModels: OpenChatModelsData
  chatgptPipeline: ChatgptPipelineData
  instructionFormats: InstructionFormatsData
  osaiIndex: OsaiIndexData
}

/** One thing a component shows: its name (a model, an indicator; may be empty) and its text. */
export interface ChartRecord {
  name: string
  text: string
  /** The slide's address query that shows this record (the heatmap's drill-down cell), if any. */
  query?: string
}

/** Props as written in the slide: `id="chinchilla"`, `:count="8"` (the expression's text), `architectures` (true). */
export type SlideProps = Record<string, string | true>

export interface ComponentRecords {
  /** Where the student sees it: on the slide as its text (content components) or in a chart or figure drawn from data. */
  kind: 'slide' | 'chart'
  records: (data: DeckData, props: SlideProps) => ChartRecord[]
}

/** Keys whose strings are not shown as text: addresses, ids, citations' seeds, TeX, code (searched as code). */
const HIDDEN_KEYS = new Set(['$schema', 'id', 'ids', 'url', 'link', 'links', 'file', 'files', 'seeds', 'source', 'sources',
  'tex', 'code', 'emphasis', 'csvDeveloper', 'model', 'models', 'roots', 'highlight', 'shown', 'ratings', 'stage', 'about',
  'group', 'kind', 'evidence', 'series', 'family', 'method', 'from', 'to', 'lines', 'artefact', 'component', 'level', 'extent', 'type'])

/** Every shown string in a value, in order, once each. */
export function shownStrings(...values: unknown[]): string[] {
  const out = new Set<string>()
  const walk = (v: unknown) => {
    if (typeof v === 'string') {
      const s = v.trim()
      if (s && !/^https?:\/\//.test(s))
        out.add(s)
    }
    else if (Array.isArray(v)) {
      v.forEach(walk)
    }
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (!HIDDEN_KEYS.has(k))
          walk(x)
      }
    }
  }
  values.forEach(walk)
  return [...out]
}

const record = (name: string, ...values: unknown[]): ChartRecord =>
  ({ name, text: shownStrings(...values).filter(s => s !== name).join(' · ') })

const prop = (props: SlideProps, key: string) => {
  const v = props[key]
  return typeof v === 'string' ? v.replace(/^['"]|['"]$/g, '') : undefined
}

/** A model of data/models.json as its card shows it. */
const modelRecord = (m: ModelsData['models'][number]) =>
  record(m.name, m.organisation, m.released, m.architecture, m.baseModel, m.note)

/**
 * The FMTI heatmap: its dimensions and developers, and every indicator of the three editions (name and definition),
 * each opening the heatmap on its edition with the drill-down cell of its dimension (or subdomain) for the first
 * developer that satisfies it (the first developer if none does). Indicators worded alike in two editions are one
 * record, opening the earlier edition.
 */
function heatmapRecords(data: DeckData): ChartRecord[] {
  const out: ChartRecord[] = [
    ...data.fmti.dimensions.map(d => record(d.name, d.nameZh, d.description)),
    ...data.fmti.models.map(m => record(m.name, m.developer)),
  ]
  const seen = new Map<string, ChartRecord>()
  for (const edition of data.fmtiEditions.editions) {
    const source: HeatmapSource = editionHeatmapSource(edition, data.fmti)
    const subdomain = new Map(edition.subdomains.map(s => [s.id, s.name]))
    for (const ind of edition.indicators) {
      const key = `${ind.name}\n${ind.definition}`
      const earlier = seen.get(key)
      if (earlier) {
        earlier.text += `、${edition.name}`
        continue
      }
      const drawn = source.indicators.find(x => x.id === ind.id)
      const row = drawn?.dimension
      const col = source.models.find(m => drawn?.satisfiedBy.includes(m.id))?.id ?? source.models[0]?.id
      const query = writeHeatmapQuery('', {
        edition: edition.id === LECTURE_EDITION ? undefined : edition.id,
        sorts: [],
        cell: row && col ? { row, col } : undefined,
      })
      const rec = { name: ind.name, text: `${ind.definition} · ${subdomain.get(ind.subdomain) ?? ''} · ${edition.name}`, query }
      seen.set(key, rec)
      out.push(rec)
    }
  }
  return out
}

export const COMPONENT_RECORDS: Record<string, ComponentRecords | null> = {
  // Slide text drawn from data.
  CourseTitle: { kind: 'slide', records: d => [record(d.transparency.course.lecture, d.transparency.course)] },
  LectureMap: null,
  QuoteWall: { kind: 'slide', records: d => d.transparency.quotes.map(q => record(q.person, q)) },
  OpenSourceAnnouncement: { kind: 'slide', records: ({ transparency: { openSource: o } }) =>
    [record(o.announcement.person, o.announcement), record(o.precedent.title, o.precedent)] },
  OriginalityClosing: { kind: 'slide', records: d => [record('', d.transparency.closing)] },
  StealingInsight: { kind: 'slide', records: d => [record('', d.transparency.stealing.insight)] },
  OsaiAsOf: null,
  LandscapeTopic: {
    kind: 'slide',
    records: (d, p) => {
      const topic = d.landscapeModels.topics.find(t => t.id === prop(p, 'id'))
      if (!topic)
        return []
      const models = new Map(d.landscapeModels.models.map(m => [m.id, m]))
      return [record('', topic.points), ...topic.models.flatMap(id => models.has(id) ? [modelRecord(models.get(id)!)] : [])]
    },
  },

  // Charts and figures.
  TrainingDataClaims: { kind: 'chart', records: d => d.transparency.trainingData.map(t => record(t.model, t)) },
  ParameterRumours: { kind: 'chart', records: d => d.transparency.rumours.map(r => record(r.model, r)) },
  TurboModelsTable: {
    kind: 'chart',
    records: ({ gptEvolution: { turboTable: t, nodes } }) => {
      const byId = new Map(nodes.map(n => [n.id, n]))
      return [record(t.heading, t.intro, t.shown?.note),
        ...t.rows.flatMap(id => byId.has(id) ? [record(byId.get(id)!.name, byId.get(id)!.description)] : [])]
    },
  },
  GptEvolution: {
    kind: 'chart',
    records: ({ gptEvolution: g }) => [
      ...g.nodes.map(n => record(n.name, n.description, n.releasedRange?.note)),
      ...g.methods.map(m => record(m.label, m.description)),
      ...g.edges.map(e => record(`${e.from} → ${e.to}`, e.claims)),
    ],
  },
  FmtiHeatmap: { kind: 'chart', records: heatmapRecords },
  FmtiTrend: {
    kind: 'chart',
    records: ({ fmtiEditions: f }) => {
      const names = new Map<string, string[]>()
      for (const e of f.editions) {
        for (const d of e.developers)
          names.set(d.name, [...names.get(d.name) ?? [], `${e.name} ${sum(d.scores)}`])
      }
      return [...names].map(([name, totals]) => record(name, totals))
    },
  },
  FmtiEditionChanges: {
    kind: 'chart',
    records: (d, p) => d.fmtiEditions.editions.filter(e => e.id === prop(p, 'to'))
      .flatMap(e => e.developers.map(dev => record(dev.name, `${e.name} ${sum(dev.scores)}`))),
  },
  FmtiSubdomainMeans: {
    kind: 'chart',
    records: (d, p) => d.fmtiEditions.editions.filter(e => e.id === prop(p, 'edition'))
      .flatMap(e => e.subdomains.map(s => record(s.name, e.name))),
  },
  PretrainingDetection: { kind: 'chart', records: ({ transparency: { pretrainingDetection: t } }) =>
    [record(t.paper.title, t.paper.authors, t.points, t.example.label, t.example.tokens.map(x => x.text).join(' '))] },
  ModelStealing: { kind: 'chart', records: ({ transparency: { stealing: s } }) => [record(s.paper.title, s.paper, s.abstract, s.findings)] },
  OpennessArtefacts: { kind: 'chart', records: ({ openness: o }) =>
    [...o.stages.map(s => record(s.label, s.labelEn)), ...o.artefacts.map(a => record(a.label, a.labelEn, a.question))] },
  OpennessMatrix: { kind: 'chart', records: ({ openness: o }) =>
    [...o.models.map(m => record(m.name, m.developer, m.note)), ...o.groups.map(g => record(g.label, g.labelEn, g.description))] },
  OpenWeightsHub: { kind: 'chart', records: ({ openness: { openWeights: w } }) =>
    [record(`${w.hub} · ${w.organisation}`, w.entries.map(e => `${e.repo} ${e.task}`), w.capturedNote)] },
  OsaiOpennessMatrix: {
    kind: 'chart',
    records: ({ osaiIndex: o }) => [
      ...o.groups.map(g => record(g.name, g.nameZh)),
      ...o.parameters.map(p => record(p.name, p.nameZh)),
      ...o.models.filter(m => OSAI_MATRIX_MODELS.includes(m.id)).map(m => record(m.name, m.org, m.endModel)),
    ],
  },
  OsaiAgreement: null,
  OsaiLandscape: { kind: 'chart', records: ({ osaiIndex: o }) => o.models.map(m => record(m.name, m.org, m.baseModel, m.endModel)) },
  OpennessFrameworks: {
    kind: 'chart',
    records: ({ opennessFrameworks: f }) => [
      ...f.frameworks.map(fw => record(fw.name, fw.label, fw.labelEn, fw.publisher, fw.summary, fw.terms, fw.levels)),
      ...f.frameworks.flatMap(fw => fw.components.map(c => record(c.labelEn, c.label, c.quote))),
      ...f.mapping.map(m => record('', m.notes)),
    ],
  },
  ModelTimeline: { kind: 'chart', records: ({ landscapeModels: m }) =>
    [...m.eras.map(e => record(e.title, e.text)), ...m.models.map(modelRecord)] },
  ModelRelations: {
    kind: 'chart',
    records: ({ landscapeModels: m }) => {
      const shown = new Set(m.relations.shown)
      return [...m.relations.steps.map(s => record(s.label)), ...m.models.filter(x => shown.has(x.id)).map(x => record(x.name, x.organisation, x.baseModel))]
    },
  },
  TrainingPipeline: { kind: 'chart', records: ({ chatgptPipeline: c }) =>
    [...c.stages.map(s => record(s.name, s)), record('', c.ranking), record('PPO', c.ppo)] },
  AlignmentAspects: { kind: 'chart', records: ({ chatgptPipeline: c }) => [record('', c.alignment)] },
  OpenChatModels: {
    kind: 'chart',
    records: (d, p) => {
      const group = prop(p, 'group') ?? 'all'
      return d.openChatModels.projects
        .filter(x => group === 'all' || x.languages.includes('zh') === (group === 'chinese'))
        .map(x => record(x.name, x.organisation, x.backbone.name, x.data, x.tuning, x.note))
    },
  },
  ExcludedRows: { kind: 'chart', records: d => d.landscapeModels.excluded.map(x => record(x.name, x.reason)) },
  FormatSteps: { kind: 'chart', records: (d, p) => d.instructionFormats.examples.filter(x => x.id === prop(p, 'id')).map(x => record(x.title, x)) },
  StackScoreExamples: { kind: 'chart', records: ({ instructionFormats: { formula: f } }) => [record(f.title, f)] },
}
