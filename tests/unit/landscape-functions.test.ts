import { describe, expect, it } from 'vitest'
import { chatgptPipeline, instructionFormats, landscapeModels } from '../../data'
import { architectureCounts } from '../../lib/landscape/architecture-counts'
import { formatCount } from '../../lib/format/number'
import { formatRanking, rankingPairs } from '../../lib/landscape/ranking-pairs'
import { stackScore, stackScoreWorking } from '../../lib/landscape/stack-score'
import { tokensPerParameter } from '../../lib/landscape/tokens-per-parameter'
import { formatBillions, formatTokens } from '../../lib/format/number'
import { modelCard } from '../../lib/timeline/model-card'
import { symbolPath } from '../../lib/timeline/symbols'

const byId = new Map(landscapeModels.models.map(m => [m.id, m]))

describe('rankingPairs', () => {
  it('turns the labeller\'s D > C > A = B (InstructGPT, figure 2) into the 5 pairs a reward model trains on', () => {
    expect(formatRanking(chatgptPipeline.ranking.order)).toBe('D > C > A = B')
    expect(rankingPairs(chatgptPipeline.ranking.order).map(p => `${p.better}>${p.worse}`))
      .toEqual(['D>C', 'D>A', 'D>B', 'C>A', 'C>B'])
  })
  it('gives K(K−1)/2 pairs for K answers in K tiers, and none within a tie', () => {
    for (const k of [2, 3, 5, 9])
      expect(rankingPairs(Array.from({ length: k }, (_, i) => [String(i)]))).toHaveLength(k * (k - 1) / 2)
    expect(rankingPairs([['A', 'B'], ['C']]).map(p => `${p.better}>${p.worse}`)).toEqual(['A>C', 'B>C'])
  })
  it('refuses a ranking that names an answer twice', () => {
    expect(() => rankingPairs([['A'], ['B', 'A']])).toThrow('expected each answer once in the ranking, got A > B = A')
  })
})

describe('stackScore', () => {
  it('rounds log2(1 + upvotes) and adds 1 for an accepted answer', () => {
    expect(stackScore(0, false)).toBe(0)
    expect(stackScore(3, false)).toBe(2)
    expect(stackScore(7, true)).toBe(4)
    expect(stackScore(100, true)).toBe(8) // log2(101) = 6.66 -> 7, + 1
  })
  it('gives −1 to negative upvotes, accepted or not', () => {
    expect(stackScore(-2, false)).toBe(-1)
    expect(stackScore(-1, true)).toBe(-1)
  })
  it('shows how each score is reached', () => {
    expect(stackScoreWorking(7, true)).toBe('round(log2(1 + 7)) + 1 = 3 + 1 = 4')
    expect(stackScoreWorking(3, false)).toBe('round(log2(1 + 3)) = 2')
    expect(stackScoreWorking(-2, false)).toBe('点赞为负：−1')
  })
  it('scores the slide\'s examples', () => {
    expect(instructionFormats.formula.examples.map(e => stackScore(e.upvotes, e.accepted))).toEqual([0, 2, 4, 8, -1])
  })
})

describe('formatting', () => {
  it('writes counts as the seeds do', () => {
    expect([52000, 534530, 1100000, 1500000, 10000000, 800].map(formatCount)).toEqual(['52K', '535K', '1.1M', '1.5M', '10M', '800'])
  })
  it('writes sizes in B or M, and tokens in B or T', () => {
    expect([0.06, 0.77, 7, 175].map(formatBillions)).toEqual(['60M', '770M', '7B', '175B'])
    expect([300, 1400, 14800].map(formatTokens)).toEqual(['300B', '1.4T', '14.8T'])
  })
})

describe('tokensPerParameter', () => {
  it('is about 20 for Chinchilla and about 1 for Gopher', () => {
    expect(tokensPerParameter(byId.get('chinchilla')!)).toBe(20)
    expect(tokensPerParameter(byId.get('gopher')!)).toBe(1.1)
    expect(tokensPerParameter(byId.get('mt-nlg')!)).toBe(0.5)
  })
  it('shows no false precision: whole tokens from 10 on', () => {
    expect(tokensPerParameter(byId.get('chatglm-6b')!)).toBe(167)
    expect(tokensPerParameter({ parametersB: [7], trainingTokensB: 1000 })).toBe(143)
    expect(tokensPerParameter({ parametersB: [100], trainingTokensB: 995 })).toBe(10)
  })
  it('is null when the size or the tokens are unknown', () => {
    expect(tokensPerParameter(byId.get('gpt-4')!)).toBeNull()
    expect(tokensPerParameter(byId.get('alpaca')!)).toBeNull()
  })
})

describe('architectureCounts', () => {
  it('counts every model once, decoder-only first', () => {
    const counts = architectureCounts(landscapeModels.models)
    expect(counts[0]!.architecture).toBe('decoder-only')
    expect(counts.reduce((s, c) => s + c.count, 0)).toBe(landscapeModels.models.length)
    expect(counts.find(c => c.architecture === 'encoder-decoder')!.count).toBe(landscapeModels.models.filter(m => m.architecture === 'encoder-decoder').length)
  })
  it('orders ties as the schema lists architectures', () => {
    expect(architectureCounts([{ architecture: 'GLM-style' }, { architecture: 'multi-task' }]).map(c => c.architecture))
      .toEqual(['GLM-style', 'multi-task', 'decoder-only', 'encoder-decoder', 'undisclosed'])
  })
})

describe('modelCard', () => {
  it('says what is known of a model, its base by name', () => {
    expect(modelCard(byId.get('alpaca')!, byId)).toMatchObject({
      title: 'Alpaca',
      lines: ['2023-03 · Stanford', '参数：7B · 训练 tokens：未知', 'decoder-only · 开放权重', '基础模型：LLaMA'],
    })
  })
  it('says when the size was not disclosed', () => {
    const card = modelCard(byId.get('chatgpt')!, byId)
    expect(card.lines[1]).toBe('参数：未公开 · 训练 tokens：未知')
    expect(card.summary).toContain('size not disclosed')
    expect(card.note).toContain('2022-11-30')
  })
})

describe('architecture symbols', () => {
  it('draws a different path for each architecture, of the area of a circle of radius r', () => {
    const paths = (['decoder-only', 'encoder-decoder', 'GLM-style', 'multi-task', 'undisclosed'] as const).map(a => symbolPath(a, 5))
    expect(new Set(paths).size).toBe(5)
    for (const p of paths)
      expect(p).toMatch(/^M-?\d/)
    expect(paths[0]).toBe('M5,0A5,5,0,1,1,-5,0A5,5,0,1,1,5,0')
    // A square of side √(25π) = 8.86, centred on (0, 0).
    expect(symbolPath('encoder-decoder', 5)).toBe('M-4.43,-4.43h8.86v8.86h-8.86Z')
    // The same square on its corner: half-diagonal √(25π / 2) = 6.27.
    expect(symbolPath('GLM-style', 5)).toBe('M0,-6.27L6.27,0L0,6.27L-6.27,0Z')
  })
})
