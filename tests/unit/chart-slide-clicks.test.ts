import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { chatgptPipeline, gptEvolution, instructionFormats, landscapeModels, openness, transparency } from '../../data'
import { evolutionSteps } from '../../lib/evolution/steps'
import { HEATMAP_STEPS } from '../../lib/fmti/heatmap-steps'
import { TREND_STEPS } from '../../lib/fmti/trend-layout'
import { HUB_STEPS, OPENNESS_STEPS } from '../../lib/openness/steps'
import { OSAI_MATRIX_STEPS } from '../../lib/osai/matrix-layout'

/**
 * Each stepped component's last step, from the data or the constant its step function clamps to: a slide's
 * `clicks:` must reach it, and no further, or the lecturer clicks through states the chart does not have.
 */
const LAST_STEP: Record<string, (id: string | undefined) => number | undefined> = {
  QuoteWall: () => transparency.quotes.length - 1,
  OpenSourceAnnouncement: () => 1,
  TrainingDataClaims: () => transparency.trainingData.length - 1,
  ParameterRumours: () => transparency.rumours.length - 1,
  GptEvolution: () => evolutionSteps(gptEvolution.nodes.map(n => n.released), gptEvolution.stepByMonthThrough).length - 1,
  FmtiHeatmap: () => HEATMAP_STEPS,
  FmtiTrend: () => TREND_STEPS,
  PretrainingDetection: () => transparency.pretrainingDetection.points.length - 1,
  OpennessArtefacts: () => openness.stages.length - 1,
  OpennessMatrix: () => OPENNESS_STEPS,
  OpenWeightsHub: () => HUB_STEPS,
  OsaiOpennessMatrix: () => OSAI_MATRIX_STEPS,
  ModelTimeline: () => landscapeModels.eras.length - 1,
  ModelRelations: () => landscapeModels.relations.steps.length - 1,
  LandscapeTopic: id => landscapeModels.topics.find(t => t.id === id)!.points.length - 1,
  TrainingPipeline: () => chatgptPipeline.stages.length - 1,
  AlignmentAspects: () => chatgptPipeline.alignment.aspects.length,
  FormatSteps: id => instructionFormats.examples.find(e => e.id === id)!.steps.length - 1,
}

interface SteppedSlide { file: string, component: string, id?: string, clicks: number | undefined }

/**
 * Every slide whose component is driven by `$clicks`, with the slide's clicks: its frontmatter's `clicks:`, or where
 * it has none, one click per highlighted range of its code block after the first (`{1-2|4-5|1-13}`: 2).
 */
function steppedSlides(): SteppedSlide[] {
  const dir = resolve(import.meta.dirname, '../../slides')
  return readdirSync(dir).filter(f => f.endsWith('.md')).flatMap((file) => {
    const text = readFileSync(resolve(dir, file), 'utf8')
    return [...text.matchAll(/<([A-Z]\w+)\b([^>]*?):step="\$clicks"/g)].map((m) => {
      // The slide's frontmatter lies between the last two "---" lines before the component.
      const [frontmatter = '', body = ''] = text.slice(0, m.index).split(/^---$/m).slice(-2)
      const clicks = /^clicks: (\d+)$/m.exec(frontmatter)?.[1]
      const ranges = /^```\w+ \{([^}]+)\}$/m.exec(body)?.[1]
      return {
        file,
        component: m[1]!,
        id: /\bid="([\w-]+)"/.exec(m[2]!)?.[1],
        clicks: clicks !== undefined ? Number(clicks) : ranges !== undefined ? ranges.split('|').length - 1 : undefined,
      }
    })
  })
}

describe('each stepped slide\'s clicks', () => {
  const slides = steppedSlides()

  it('finds the stepped slides of all three chapters', () => {
    expect(new Set(slides.map(s => s.file)).size).toBe(3)
    expect(new Set(slides.map(s => s.component))).toEqual(new Set(Object.keys(LAST_STEP)))
  })

  it.each(slides.map(s => [`${s.component}${s.id ? ` ${s.id}` : ''} (${s.file})`, s] as const))('%s: clicks is its last step', (_, s) => {
    const last = LAST_STEP[s.component]!(s.id)
    expect(last, 'the last step').toBeGreaterThan(0)
    expect(s.clicks).toBe(last)
  })
})
