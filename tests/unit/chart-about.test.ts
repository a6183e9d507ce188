import { entries } from 'bibtex-parse'
import { describe, expect, it } from 'vitest'
import { fmtiEditions, openness, osaiIndex, transparency } from '../../data'
import { citationsOf, shortAuthors } from '../../lib/chart/about'
import { bibtex } from '../../lib/chart/citation'
import { editionChangesAbout, subdomainMeansAbout, trendAbout } from '../../lib/fmti/charts-about'
import { editionChanges, subdomainMeans } from '../../lib/fmti/edition-facts'
import { trendLayout, trendStepState } from '../../lib/fmti/trend-layout'
import { osaiAgreementAbout, osaiLandscapeAbout, osaiMatrixAbout } from '../../lib/osai/about'
import { osaiCompare } from '../../lib/osai/compare'
import { osaiMatrixLayout, osaiMatrixStepState } from '../../lib/osai/matrix-layout'
import { OSAI_LECTURE_MODELS, OSAI_NEWER_MODELS } from '../../lib/osai/selection'
import { minKAbout } from '../../lib/transparency/min-k-about'
import { minKProb } from '../../lib/transparency/min-k-prob'
import { csvRows, expectCitable } from '../helpers/about'

const [e23, e24, e25] = fmtiEditions.editions
describe('the FMTI charts\' panels', () => {
  const layout = trendLayout(fmtiEditions.editions)
  it('trend: the shown rows are the editions drawn at the step; the full dataset every score', () => {
    const first = trendAbout(fmtiEditions, layout.points, trendStepState(['2023-10', '2024-05', '2025-12'], 0).visible).shown()
    expect(first.rows).toHaveLength(10)
    const all = trendAbout(fmtiEditions, layout.points, trendStepState(['2023-10', '2024-05', '2025-12'], 3).visible)
    const rows = all.shown().rows
    expect(rows).toHaveLength(10 + 14 + 13)
    expect(rows.find(r => r[0] === '2025-12' && r[1] === 'meta')!.slice(3)).toEqual([31, expect.closeTo(40.7, 1)])
    expect(all.full().rows).toHaveLength(100 * (10 + 14 + 13))
    expect(all.sources.map(s => s.licence)).toContain('CC BY 4.0')
    expect(all.sources.at(-1)!.version).toBe(`revision ${fmtiEditions.source.revision}`)
    expectCitable(all)
  })
  it('subdomain means: shares unformatted, the edition named', () => {
    const rows = subdomainMeans(e25!).slice(0, 8)
    const a = subdomainMeansAbout(fmtiEditions, e25!, rows)
    expect(csvRows(a.shown())).toHaveLength(8)
    expect(a.shown().rows[0]).toEqual(['2025-12', rows[0]!.id, rows[0]!.name, rows[0]!.domain, rows[0]!.indicators, rows[0]!.percent / 100])
    expect(a.fileName).toBe('fmti-subdomain-means-2025-12')
    expectCitable(a)
  })
  it('edition changes: the returning developers with both totals, then the newcomers', () => {
    const c = editionChanges(e23!, e24!)
    const a = editionChangesAbout(fmtiEditions, e23!, e24!, c)
    const rows = a.shown().rows
    expect(rows).toHaveLength(c.returning.length + c.newcomers.length)
    const meta = rows.find(r => r[0] === 'meta')!
    expect(meta[4]).toBe((meta[3] as number) - (meta[2] as number))
    expect(a.sources.map(s => s.version)).toEqual([e23!.name, e24!.name, `revision ${fmtiEditions.source.revision}`])
  })
})

describe('the OSAI charts\' panels', () => {
  const lecture = OSAI_LECTURE_MODELS.map(m => m.osai)
  const layout = osaiMatrixLayout(osaiIndex, lecture, OSAI_NEWER_MODELS)
  it('matrix: the models of the step, their scores only once shown; source dated 2026-06-12 with its DOI', () => {
    const s0 = osaiMatrixStepState(0)
    const first = osaiMatrixAbout(osaiIndex, layout, s0.phases, s0.showScores)
    expect(first.shown().rows).toHaveLength(lecture.length * 12)
    expect(first.shown().rows.every(r => r[5] === null)).toBe(true)
    const s2 = osaiMatrixStepState(2)
    const last = osaiMatrixAbout(osaiIndex, layout, s2.phases, s2.showScores)
    expect(last.shown().rows).toHaveLength((lecture.length + OSAI_NEWER_MODELS.length) * 12)
    expect(last.sources[0]).toMatchObject({ date: '2026-06-12', dateKind: 'snapshot', licence: 'CC-BY 4.0' })
    expect(last.sources[0]!.version).toContain('10.5281/zenodo.15386042')
    expect(last.full().rows).toHaveLength(123 * 12)
    expectCitable(last)
    expect(entries(bibtex(citationsOf(last)[0]!))[0]!.AUTHOR).toBe('Liesenfeld, A. and Dingemanse, M.')
  })
  it('landscape: every text model with its score', () => {
    const rows = osaiLandscapeAbout(osaiIndex).shown().rows
    expect(rows).toHaveLength(123)
    expect(rows.every(r => typeof r[5] === 'number' && r[5] >= 0 && r[5] <= 1)).toBe(true)
  })
  it('agreement: one row per model and aspect, the lecture beside the index', () => {
    const compared = osaiCompare(openness, osaiIndex, OSAI_LECTURE_MODELS)
    const a = osaiAgreementAbout(osaiIndex, compared)
    expect(a.shown().rows).toHaveLength(compared.reduce((n, r) => n + r.cells.length, 0))
    expect(a.shown().rows.filter(r => r[6] === true)).toHaveLength(compared.flatMap(r => r.cells).filter(c => c.agree).length)
  })
})

describe('the Min-K% panel', () => {
  const d = transparency.pretrainingDetection
  const result = minKProb(d.example.tokens.map(t => t.p), d.example.kPercent)
  it('marks the lowest k% only once the step does; cites the paper with its authors', () => {
    expect(minKAbout(d, result, false).shown().rows.every(r => r[4] === null)).toBe(true)
    const a = minKAbout(d, result, true)
    expect(a.shown().rows.filter(r => r[4] === true).map(r => r[0])).toEqual([...result.selected].sort((x, y) => x - y))
    expect(a.shown().rows).toHaveLength(d.example.tokens.length)
    expect(a.citation).toMatchObject({ key: 'shi2023', arxiv: '2310.16789', year: 2023 })
    expectCitable(a)
  })
})

describe('the openness panels', () => {
  it('frameworks: every artefact against every level, citing OSAID and MOF by their publishers', async () => {
    const { opennessFrameworks } = await import('../../data')
    const { frameworkTable } = await import('../../lib/openness/frameworks')
    const { frameworksAbout } = await import('../../lib/openness/frameworks-about')
    const table = frameworkTable(opennessFrameworks, openness)
    const a = frameworksAbout(opennessFrameworks, table)
    expect(a.shown().rows).toHaveLength(openness.artefacts.length * table.columns.length)
    expect(a.sources.map(s => s.version)).toEqual(opennessFrameworks.frameworks.map(f => `${f.name}（${f.publisher}，${f.released}）`))
    const osaidTraining = a.shown().rows.find(r => r[1] === 'training-code' && r[3] === 'osaid')!
    expect(osaidTraining[6]).toBe(table.cells['training-code']![osaidTraining[4] as string]!.value)
    expect(osaidTraining[6]).toBe('required')
    expectCitable(a)
  })
  it('open weights: the hub listing at step 0, the model\'s releases added at step 1; the listing dated as read', async () => {
    const { openWeightsAbout } = await import('../../lib/openness/open-weights-about')
    const { modelPaper } = await import('../../lib/openness/paper')
    const hub = openness.openWeights
    const paper = modelPaper(openness.models.find(m => m.id === hub.model)!)
    expect(openWeightsAbout(openness, hub, paper, 0).shown().rows).toHaveLength(hub.entries.length)
    const a = openWeightsAbout(openness, hub, paper, 1)
    const rows = a.shown().rows
    expect(rows).toHaveLength(hub.entries.length + openness.artefacts.length)
    expect(rows.find(r => r[1] === 'weights')![3]).toBe('open')
    expect(a.sources[0]).toMatchObject({ dateKind: 'read', date: '2023-11-14 之后', url: 'https://huggingface.co/meta-llama' })
    expect(a.citation).toMatchObject({ key: 'touvron2023', arxiv: '2307.09288', year: 2023 })
    expectCitable(a)
  })
})

describe('the GPT-3.5 Turbo table\'s panel', () => {
  it('holds the table row for row, from OpenAI\'s documentation dated as read', async () => {
    const { gptEvolution } = await import('../../data')
    const { turboAbout } = await import('../../lib/evolution/turbo-about')
    const a = turboAbout(gptEvolution)
    const rows = a.shown().rows
    expect(rows.map(r => r[0])).toEqual(gptEvolution.turboTable.rows.map(id => gptEvolution.nodes.find(n => n.id === id)!.name))
    expect(rows[0]!.slice(4)).toEqual([16385, '2021-09'])
    expect(a.sources[0]).toMatchObject({ by: 'OpenAI', dateKind: 'read', date: '2024-01-25 至 2024-06-13 之间' })
    expectCitable(a)
  })
})

describe('shortAuthors', () => {
  it('names the first author and et al. for more than two authors, all of them otherwise', () => {
    expect(shortAuthors({ authors: 'Weijia Shi, Anirudh Ajith, Mengzhou Xia', year: 2023, title: 't', url: 'https://x' })).toBe('Shi et al.')
    expect(shortAuthors({ authors: 'Ouyang et al.', year: 2022, title: 't', url: 'https://x' })).toBe('Ouyang et al.')
    expect(shortAuthors({ authors: 'Jane Doe and John Roe', year: 2022, title: 't', url: 'https://x' })).toBe('Jane Doe and John Roe')
  })
})
