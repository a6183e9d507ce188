import { describe, expect, it } from 'vitest'
import { gptEvolution } from '../../data'
import { nodeDetails } from '../../lib/evolution/node-details'
import { turboRows } from '../../lib/evolution/turbo-table'
import { seedTurboTable as seedTable } from '../fixtures/seed-turbo-table'

describe('the GPT-3.5 Turbo table', () => {
  it('finds the seed\'s seven rows', () => {
    expect(seedTable).toHaveLength(7)
  })
  it('has the seed\'s rows in the seed\'s order: model, description, context window and training data', () => {
    expect(turboRows(gptEvolution).map(r => [r.model, [r.badge, r.headline, r.description].filter(Boolean).join(' '), r.contextWindow, r.trainingData]))
      .toEqual(seedTable)
  })
})

describe('nodeDetails', () => {
  it('says where the model index and the seed disagree on text-davinci-002', () => {
    const d = nodeDetails(gptEvolution, 'text-davinci-002')
    expect(d.released).toBe('2022 年 3 月（各来源：2022 年 3 月 – 2022 年 6 月）')
    expect(d.origins).toHaveLength(1)
    expect(d.origins[0]).toMatchObject({ from: 'code-davinci-002', method: '有监督指令微调（SFT）', evidence: 'stated' })
    expect(d.origins[0]!.disagreement).toBe('来源说法不一：知乎汇总文章称有监督指令微调（SFT）；OpenAI model index 称 FeedME。')
    expect(d.origins[0]!.claims.map(c => c.source)).toEqual(['知乎汇总文章', 'OpenAI model index'])
  })
  it('lists both inferred parents of code-davinci-002', () => {
    const d = nodeDetails(gptEvolution, 'code-davinci-002')
    expect(d.origins.map(o => [o.from, o.method, o.evidence])).toEqual([
      ['code-davinci-001', '语言与代码训练后指令微调', 'inferred'],
      ['text-davinci-001', '语言与代码训练后指令微调', 'inferred'],
    ])
  })
  it('shows no disagreement where the sources agree', () => {
    expect(nodeDetails(gptEvolution, 'text-davinci-003').origins[0]!.disagreement).toBeUndefined()
    expect(nodeDetails(gptEvolution, 'davinci').origins).toEqual([])
  })
  it('gives the context window and training data of a model in the table', () => {
    expect(nodeDetails(gptEvolution, 'gpt-3.5-turbo-0613').api).toBe('上下文窗口 4,096 tokens · 训练数据截至 2021 年 9 月')
    expect(nodeDetails(gptEvolution, 'chatgpt').api).toBeUndefined()
  })
  it('names every source of the node, with its address', () => {
    expect(nodeDetails(gptEvolution, 'chatgpt').sources).toEqual([
      { label: '知乎专栏 Deep & NLP Learning 的大模型汇总文章，GPT-3.5 一节（据 Yao Fu 的《拆解追溯 GPT-3.5 各项能力的起源》整理）', url: 'https://zhuanlan.zhihu.com/p/614766286' },
      { label: 'OpenAI, “Introducing ChatGPT”, 30 November 2022', url: 'https://openai.com/blog/chatgpt' },
    ])
  })
})
