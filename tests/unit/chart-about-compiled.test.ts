import { describe, expect, it } from 'vitest'
import { chatgptPipeline, landscapeModels, openChatModels, openness } from '../../data'
import { excludedAbout } from '../../lib/landscape/excluded-about'
import { openChatAbout } from '../../lib/landscape/open-chat-about'
import { pipelineAbout } from '../../lib/landscape/pipeline-about'
import { opennessArtefactsAbout, opennessMatrixAbout } from '../../lib/openness/matrix-about'
import { csvRows, expectCitable } from '../helpers/about'

describe('the openness matrix\'s panel', () => {
  const perStage = (stage: string) => openness.artefacts.filter(a => a.stage === stage).length * openness.models.length
  it('holds the ratings of the stages drawn at each step, the scores once they are drawn', () => {
    const first = opennessMatrixAbout(openness, 0).shown()
    expect(first.rows).toHaveLength(perStage('pretraining'))
    expect(first.rows.every(r => r[6] === null && r[7] === null)).toBe(true)
    const last = opennessMatrixAbout(openness, 4)
    expect(last.shown().rows).toHaveLength(openness.artefacts.length * openness.models.length)
    const gpt4 = last.shown().rows.find(r => r[1] === 'weights' && r[3] === 'gpt-4')!
    expect(gpt4[5]).toBe(openness.models.find(m => m.id === 'gpt-4')!.ratings.weights)
    expect(last.full().rows).toHaveLength(openness.artefacts.length * openness.models.length)
  })
  it('cites each model\'s report, dated as published, with its arXiv id', () => {
    const a = opennessMatrixAbout(openness, 4)
    expect(a.sources).toHaveLength(openness.models.length)
    expect(a.sources.every(s => s.dateKind === 'published' && /^20\d\d$/.test(s.date ?? ''))).toBe(true)
    expect([a.citation].flat().map(c => c.arxiv)).toContain('2402.00838')
    expectCitable(a)
  })
  it('writes values unformatted into the CSV', () => {
    const rows = csvRows(opennessMatrixAbout(openness, 4).shown())
    expect(rows[0]).toHaveLength(8)
    expect(rows.every(r => ['open', 'closed', 'na'].includes(r[5]!))).toBe(true)
  })
})

describe('the openness artefacts\' panel', () => {
  it('lists the artefacts of the stages shown, numbered as the matrix\'s rows', () => {
    const first = opennessArtefactsAbout(openness, 0).shown().rows
    expect(first.map(r => r[3])).toEqual(openness.artefacts.filter(a => a.stage === 'pretraining').map(a => a.id))
    const all = opennessArtefactsAbout(openness, 2)
    expect(all.shown().rows.map(r => r[0])).toEqual(openness.artefacts.map((_, i) => i + 1))
    expect(all.full().rows).toHaveLength(openness.artefacts.length)
    expectCitable(all)
  })
})

describe('the training pipeline\'s panel', () => {
  it('holds the stages drawn at the step; cites InstructGPT and the tracking document as read', () => {
    expect(pipelineAbout(chatgptPipeline, landscapeModels.tracker, 0).shown().rows.map(r => r[1])).toEqual(['pretraining'])
    const a = pipelineAbout(chatgptPipeline, landscapeModels.tracker, 3)
    expect(a.shown().rows.map(r => r[1])).toEqual(chatgptPipeline.stages.map(s => s.id))
    expect(a.citation).toMatchObject({ key: 'ouyang2022', arxiv: '2203.02155' })
    expect(a.sources[1]).toMatchObject({ dateKind: 'read', date: landscapeModels.tracker.readOn })
    expectCitable(a)
  })
})

describe('the open chat models\' panels', () => {
  it('hold the projects of the table shown; each dated by its model\'s release month', () => {
    const chinese = openChatModels.projects.filter(p => p.languages.includes('zh'))
    const a = openChatAbout(openChatModels, landscapeModels, 'chinese', chinese)
    expect(a.shown().rows.map(r => r[0])).toEqual(chinese.map(p => p.id))
    expect(a.full().rows).toHaveLength(openChatModels.projects.length)
    const alpaca = openChatAbout(openChatModels, landscapeModels, 'all', openChatModels.projects).sources.find(s => s.title === 'Alpaca')!
    expect(alpaca).toMatchObject({ date: landscapeModels.models.find(m => m.id === 'alpaca')!.released, dateKind: 'published' })
    expect(a.fileName).toBe('open-chat-models-chinese')
    expectCitable(a)
  })
})

describe('the excluded entries\' panel', () => {
  it('holds every entry with its reason; cites each repository by its owner, as read that day', () => {
    const a = excludedAbout(landscapeModels)
    expect(a.shown().rows.map(r => r[0])).toEqual(landscapeModels.excluded.map(e => e.name))
    const palm = [a.citation].flat().find(c => c.title === 'PaLM-rlhf-pytorch')!
    expect(palm.authors).toEqual(['lucidrains'])
    expect(a.sources[0]).toMatchObject({ date: '2023-08-16', dateKind: 'read' })
    expectCitable(a)
  })
})

describe('a picture\'s source line', () => {
  it('names the first three sources with their dates, counts the rest, and lists each licence once', async () => {
    const { pictureSourceLine } = await import('../../lib/chart/about')
    const line = pictureSourceLine(opennessMatrixAbout(openness, 4))
    expect(line).toMatch(/^来源：OpenAI《GPT-4 Technical Report》（2023）；Touvron et al\.《Llama 2: .*》（2023）；Bai et al\.《Qwen Technical Report》（2023） 等 6 项。许可：[^；]+。$/)
    expect(pictureSourceLine(pipelineAbout(chatgptPipeline, landscapeModels.tracker, 3))).not.toContain('等')
  })
})

describe('the graphs\' panels', () => {
  it('GPT lineage: the models and lines drawn at each step, every source dated but the survey, cited by Fu et al.', async () => {
    const { gptEvolution } = await import('../../data')
    const { evolutionAbout } = await import('../../lib/evolution/evolution-about')
    const { evolutionSteps } = await import('../../lib/evolution/steps')
    const last = evolutionSteps(gptEvolution.nodes.map(n => n.released), gptEvolution.stepByMonthThrough).length - 1
    const first = evolutionAbout(gptEvolution, 0).shown().rows
    expect(first.filter(r => r[0] === 'node').map(r => r[1])).toEqual(['davinci'])
    const all = evolutionAbout(gptEvolution, last)
    expect(all.shown().rows.filter(r => r[0] === 'node')).toHaveLength(gptEvolution.nodes.length)
    expect(all.full().rows).toHaveLength(gptEvolution.nodes.length + gptEvolution.edges.length)
    expect(all.sources.find(s => s.url === 'https://openai.com/blog/chatgpt')).toMatchObject({ date: '2022-11-30', dateKind: 'published' })
    expect(all.sources.find(s => s.url === 'https://zhuanlan.zhihu.com/p/614766286')!.date).toBeUndefined()
    expect(all.citation).toMatchObject({ year: 2022, authors: ['Yao Fu', 'Hao Peng', 'Tushar Khot'] })
    expectCitable(all)
  })
  it('timeline and relations: the models drawn at the step; the tracking document as read', async () => {
    const { gptEvolution } = await import('../../data')
    const { relationsAbout, timelineAbout } = await import('../../lib/landscape/landscape-about')
    const { relationsLayout } = await import('../../lib/model-relations/layout')
    const lastEra = landscapeModels.eras.length - 1
    expect(timelineAbout(landscapeModels, gptEvolution.sources, lastEra).shown().rows).toHaveLength(landscapeModels.models.length)
    const early = timelineAbout(landscapeModels, gptEvolution.sources, 0)
    expect(early.shown().rows.length).toBeLessThan(landscapeModels.models.length)
    expect(early.shown().rows.every(r => (r[3] as string) <= landscapeModels.eras[0]!.to || landscapeModels.eras[0]!.highlight.includes(r[0] as string))).toBe(true)
    expect(early.sources[1]).toMatchObject({ date: '2023-08-16', dateKind: 'read' })
    expectCitable(early)
    const nodes = relationsLayout(landscapeModels.models, landscapeModels.relations).nodes
    const r0 = relationsAbout(landscapeModels, gptEvolution.sources, nodes, 0).shown().rows.map(r => r[0])
    expect(r0).toContain('chatgpt')
    expect(r0).not.toContain('alpaca')
    expect(relationsAbout(landscapeModels, gptEvolution.sources, nodes, 2).shown().rows).toHaveLength(landscapeModels.relations.shown.length)
  })
})
