import { describe, expect, it } from 'vitest'
import { gptEvolution } from '../../data'
import { EVOLUTION_METHOD_IDS } from '../../lib/data/gpt-evolution-ids'
import { METHOD_LABELS_ZH, stepCaptionZh } from '../../lib/evolution/labels-zh'
import { evolutionSteps } from '../../lib/evolution/steps'
import { evolutionTable, nodeLabel } from '../../lib/evolution/table'

describe('the evolution graph in Chinese', () => {
  it('names every method, with the field\'s English term where it has one', () => {
    expect(Object.keys(METHOD_LABELS_ZH).sort()).toEqual([...EVOLUTION_METHOD_IDS].sort())
    expect(METHOD_LABELS_ZH.sft).toContain('SFT')
    expect(METHOD_LABELS_ZH.rlhf).toContain('RLHF')
    expect(METHOD_LABELS_ZH.feedme).toBe('FeedME')
  })

  it('captions each step of the lecture by year or month, the last as "… 年及以后"', () => {
    const steps = evolutionSteps(gptEvolution.nodes.map(n => n.released), gptEvolution.stepByMonthThrough)
    expect(steps.map(stepCaptionZh)).toEqual(['截至 2020 年', '截至 2021 年', '截至 2022 年 3 月', '截至 2022 年 11 月', '截至 2023 年 3 月', '2023 年 4 月及以后'])
    expect(stepCaptionZh({ index: 0, label: 'Jun 2022', from: '2022-06', through: '2022-06' })).toBe('截至 2022 年 6 月')
    expect(stepCaptionZh({ index: 0, label: '2021', from: '2021-01', through: '2021-12' })).toBe('截至 2021 年')
    expect(stepCaptionZh({ index: 5, label: 'Mar 2023 and after', from: '2023-03', through: null })).toBe('2023 年 3 月及以后')
  })

  it('writes the data table and the marks\' names in Chinese, each edge into a model with its method and evidence', () => {
    const t = evolutionTable(gptEvolution, () => true)
    expect(t.columns).toEqual(['模型', '发布', '系列', '家族', '来自 · 方法 · 依据'])
    expect(t.rows).toHaveLength(gptEvolution.nodes.length)
    const row = t.rows.find(r => r.id === 'code-davinci-002')!
    const inferred = gptEvolution.edges.filter(e => e.to === 'code-davinci-002' && e.evidence === 'inferred')
    expect(inferred.length).toBeGreaterThan(0)
    expect(row.cells[3]!.match(/推断/g)).toHaveLength(inferred.length)
    expect(row.cells[0]!).toMatch(/^\d{4} 年 \d{1,2} 月$/)
    expect(nodeLabel(gptEvolution, 'code-davinci-002')).toMatch(/^code-davinci-002，\d{4} 年 \d{1,2} 月：来自 /)
    expect(t.rows.every(r => !/[A-Z][a-z]+ \d{4}/.test(r.cells[0]!))).toBe(true)
  })
})
