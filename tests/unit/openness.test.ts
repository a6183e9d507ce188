import { describe, expect, it } from 'vitest'
import { openness } from '../../data'
import { OPENNESS_ARTEFACT_IDS, type OpennessArtefactId, type OpennessValue } from '../../lib/data/openness-ids'
import { opennessGroups } from '../../lib/openness/groups'
import { markDetails } from '../../lib/openness/mark-details'
import { columnSpans, MATRIX_GEOMETRY, opennessLayout } from '../../lib/openness/matrix-layout'
import { releaseSummary } from '../../lib/openness/release-summary'
import { opennessScore } from '../../lib/openness/score'
import type { OpennessSource, OpennessSourceModel } from '../../lib/openness/source'
import { opennessStepState, revealedStages } from '../../lib/openness/steps'
import { textWidth, wrapText } from '../../lib/chart/text-width'
import { overlaps } from '../../lib/chart/box'

const ids = openness.artefacts.map(a => a.id)
const model = (id: string) => openness.models.find(m => m.id === id)!

/** A copy of the data with one model's ratings replaced (all closed unless given). */
function withRatings(id: string, ratings: Partial<Record<OpennessArtefactId, OpennessValue>>, fill: OpennessValue = 'closed'): OpennessSource {
  const models = openness.models.map(m => m.id !== id
    ? m
    : { ...m, ratings: { ...Object.fromEntries(OPENNESS_ARTEFACT_IDS.map(a => [a, fill])), ...ratings } as OpennessSourceModel['ratings'] })
  return { ...openness, models }
}

describe('opennessScore', () => {
  it('counts open artefacts out of the applicable ones, as printed under each column', () => {
    expect(openness.models.map(m => [m.id, opennessScore(m, ids).label])).toEqual([
      ['gpt-4', '0/13'],
      ['llama-2', '3/12'],
      ['qwen', '3/12'],
      ['mistral', '4/10'],
      ['llm360', '10/11'],
      ['olmo', '13/13'],
    ])
  })
  it('leaves "not applicable" out of the denominator', () => {
    expect(opennessScore(model('mistral'), ids)).toEqual({ open: 4, closed: 6, na: 3, applicable: 10, share: 0.4, label: '4/10' })
  })
  it('scores a model with nothing applicable as 0/0 with a share of 0, not NaN', () => {
    const m = withRatings('gpt-4', {}, 'na').models[0]!
    expect(opennessScore(m, ids)).toEqual({ open: 0, closed: 0, na: 13, applicable: 0, share: 0, label: '0/0' })
  })
  it('scores only the artefacts asked for (the pretraining stage, say)', () => {
    const pretraining = openness.artefacts.filter(a => a.stage === 'pretraining').map(a => a.id)
    expect(opennessScore(model('llama-2'), pretraining).label).toBe('2/7')
  })
  it('refuses a model with a missing rating', () => {
    const broken = { ...model('qwen'), ratings: { ...model('qwen').ratings, 'reward-model': undefined } } as unknown as OpennessSourceModel
    expect(() => opennessScore(broken, ids)).toThrow('missing rating: qwen x reward-model')
  })
})

describe('opennessGroups', () => {
  it('finds the lecture\'s contrast in the data: LLM360 and OLMo fully open, GPT-4 closed, Llama 2 and Qwen open weights only', () => {
    expect(opennessGroups(openness)).toEqual({
      'fully-open': ['llm360', 'olmo'],
      'closed': ['gpt-4'],
      'open-weights': ['llama-2', 'qwen'],
    })
  })
  it('leaves Mistral out of "open weights only": it also describes its instruction data', () => {
    expect(Object.values(opennessGroups(openness)).flat()).not.toContain('mistral')
    const withoutInfo = withRatings('mistral', { ...model('mistral').ratings, 'sft-data-info': 'closed' })
    expect(opennessGroups(withoutInfo)['open-weights']).toEqual(['llama-2', 'qwen', 'mistral'])
  })
  it('does not count an architecture alone as open weights', () => {
    expect(opennessGroups(withRatings('qwen', { architecture: 'open' }))['open-weights']).toEqual(['llama-2'])
  })
  it('moves a model out of "fully open" when one pretraining artefact closes', () => {
    const d = withRatings('llm360', { ...model('llm360').ratings, 'data-content': 'closed' })
    expect(opennessGroups(d)['fully-open']).toEqual(['olmo'])
  })
  it('puts a model that opens nothing among the closed ones, "–" or not', () => {
    expect(opennessGroups(withRatings('olmo', { 'sft-weights': 'na' })).closed).toEqual(['gpt-4', 'olmo'])
  })
})

describe('opennessStepState', () => {
  const stages = openness.stages.map(s => s.id)
  it('reveals the stages one by one, then the scores, then the two contrasts', () => {
    expect([0, 1, 2, 3, 4].map(s => opennessStepState(s, stages))).toEqual([
      { stages: ['pretraining'], showScores: false, groups: [], focus: [] },
      { stages: ['pretraining', 'sft'], showScores: false, groups: [], focus: [] },
      { stages: ['pretraining', 'sft', 'alignment'], showScores: true, groups: [], focus: [] },
      { stages: ['pretraining', 'sft', 'alignment'], showScores: true, groups: ['fully-open', 'closed'], focus: ['fully-open', 'closed'] },
      { stages: ['pretraining', 'sft', 'alignment'], showScores: true, groups: ['fully-open', 'closed', 'open-weights'], focus: ['open-weights'] },
    ])
  })
  it('clamps steps outside 0..4 and rounds fractions down', () => {
    expect(opennessStepState(-3, stages)).toEqual(opennessStepState(0, stages))
    expect(opennessStepState(12, stages)).toEqual(opennessStepState(4, stages))
    expect(opennessStepState(1.7, stages)).toEqual(opennessStepState(1, stages))
  })
  it('revealedStages never shows fewer than one stage or more than there are', () => {
    expect(revealedStages(-1, stages)).toEqual(['pretraining'])
    expect(revealedStages(9, stages)).toEqual(stages)
  })
})

describe('opennessLayout', () => {
  const L = opennessLayout(openness)
  const g = MATRIX_GEOMETRY
  it('places one mark per artefact and model, with the data\'s value', () => {
    expect(L.marks).toHaveLength(78)
    expect(L.marks.find(m => m.key === 'sft-weights|llama-2')).toEqual({
      key: 'sft-weights|llama-2',
      row: 'sft-weights',
      col: 'llama-2',
      stage: 'sft',
      value: 'na',
      cx: g.stageLabelWidth + g.rowLabelWidth + 1.5 * g.columnWidth,
      cy: L.gridTop + 9 * g.rowHeight + g.stageGap + g.rowHeight / 2,
      cell: { x: g.stageLabelWidth + g.rowLabelWidth + g.columnWidth + 1, y: L.gridTop + 9 * g.rowHeight + g.stageGap + 1, width: g.columnWidth - 2, height: g.rowHeight - 2 },
    })
    for (const m of L.marks)
      expect(m.value, m.key).toBe(model(m.col).ratings[m.row])
  })
  it('brackets the rows by stage, with a gap between stages', () => {
    const top = L.gridTop
    expect(L.stages).toEqual([
      { id: 'pretraining', label: '预训练', y0: top, y1: top + 7 * g.rowHeight },
      { id: 'sft', label: '监督精调', y0: top + 7 * g.rowHeight + g.stageGap, y1: top + 10 * g.rowHeight + g.stageGap },
      { id: 'alignment', label: '偏好对齐', y0: top + 10 * g.rowHeight + 2 * g.stageGap, y1: top + 13 * g.rowHeight + 2 * g.stageGap },
    ])
    expect(L.gridBottom).toBe(L.stages[2]!.y1)
  })
  it('keeps the rows in the data\'s order with the seed\'s labels', () => {
    expect(L.rows.map(r => r.label)).toEqual(['分布式训练架构', '结构信息', '训练策略', '数据信息', '数据处理方式', '数据内容', '模型参数', '指令数据信息', '指令数据内容', '精调后模型', '奖励函数', '偏好数据', '模型参数'])
  })
  it('puts the columns side by side and the panel to their right, inside the viewBox', () => {
    expect(L.columns.map(c => [c.id, c.x])).toEqual(openness.models.map((m, i) => [m.id, L.gridLeft + i * g.columnWidth]))
    expect(L.gridRight).toBe(L.gridLeft + 6 * g.columnWidth)
    expect(L.panel.x).toBeGreaterThan(L.gridRight)
    expect(L.panel.x + L.panel.width).toBe(L.width)
  })
  it('puts a score under each column, below the grid, with a bar as long as the share', () => {
    expect(L.scores.map(s => [s.col, s.label, s.share])).toEqual([
      ['gpt-4', '0/13', 0],
      ['llama-2', '3/12', 0.25],
      ['qwen', '3/12', 0.25],
      ['mistral', '4/10', 0.4],
      ['llm360', '10/11', 10 / 11],
      ['olmo', '13/13', 1],
    ])
    for (const s of L.scores) {
      expect(s.barY).toBeGreaterThan(L.gridBottom)
      expect(s.textY).toBeLessThan(L.height)
    }
  })
})

describe('opennessLayout on a phone (width)', () => {
  const P = opennessLayout(openness, { width: 302 })
  it('keeps the projector\'s frame without a width', () => {
    const L = opennessLayout(openness)
    expect(L.phone).toBe(false)
    expect(L.g).toEqual({ barHeight: 8, stageLabelWidth: 80, rowLabelWidth: 140, tagHeight: 22, headerTop: 26, headerHeight: 42 })
    expect(L.columns[0]!.header).toEqual([{ text: 'GPT-4', y: 18, sub: false }, { text: 'OpenAI', y: 34, sub: true }])
    expect(L.panel).toEqual({ x: L.gridRight + MATRIX_GEOMETRY.panelGap, width: 1000 - L.gridRight - MATRIX_GEOMETRY.panelGap })
  })
  it('puts the artefacts in a column of their own at 14 px, within 45% of the screen', () => {
    expect(P.phone).toBe(true)
    expect(P.g.stageLabelWidth).toBe(0)
    expect(P.gridLeft).toBeLessThanOrEqual(302 * 0.45)
    for (const r of P.rows)
      expect(textWidth(r.label, 14), r.label).toBeLessThanOrEqual(P.gridLeft - 10)
  })
  it('heads each stage above its rows, rows a finger high, marks apart', () => {
    for (const st of P.stages) {
      expect(st.heading!.y).toBeLessThan(st.y0)
      expect(st.heading!.y).toBeGreaterThan(st.y0 - 30)
    }
    expect(P.stages[0]!.y0).toBeGreaterThanOrEqual(P.gridTop + 30)
    expect(new Set(P.rows.map(r => r.height))).toEqual(new Set([44]))
    for (let i = 0; i < P.marks.length; i++) {
      for (let j = i + 1; j < P.marks.length; j++)
        expect(overlaps(P.marks[i]!.cell, P.marks[j]!.cell)).toBe(false)
    }
  })
  it('makes each column as wide as its name in bold and its developer\'s longest word, wrapping the developer', () => {
    for (const c of P.columns) {
      for (const line of c.header)
        expect(textWidth(line.text, 14) * (line.sub ? 1 : 1.08), line.text).toBeLessThanOrEqual(c.width - 8)
      expect(c.header.filter(l => l.sub).map(l => l.text).join(' ')).toBe(c.developer)
      expect(c.header.at(-1)!.y).toBeLessThan(P.g.headerHeight)
    }
    expect(P.columns.find(c => c.id === 'olmo')!.header.map(l => l.text)).toEqual(['OLMo', 'Allen', 'Institute', 'for AI'])
    expect(P.width).toBe(P.gridRight + 2)
  })
  it('gives the panel the screen\'s width, under the plot', () => {
    expect(P.panel).toEqual({ x: 0, width: 302 })
  })
})

describe('columnSpans', () => {
  const { columns } = opennessLayout(openness)
  it('joins adjacent members into one span', () => {
    expect(columnSpans(columns, ['olmo', 'llm360'])).toEqual([{ ids: ['llm360', 'olmo'], x0: columns[4]!.x, x1: columns[5]!.x + columns[5]!.width }])
  })
  it('splits members that are not adjacent', () => {
    expect(columnSpans(columns, ['gpt-4', 'qwen']).map(s => s.ids)).toEqual([['gpt-4'], ['qwen']])
  })
  it('gives no span for no members', () => {
    expect(columnSpans(columns, [])).toEqual([])
  })
})

describe('markDetails', () => {
  it('says what a mark is, what the seed asks, and the note with its source', () => {
    expect(markDetails(openness, 'sft-weights', 'llama-2')).toEqual({
      model: 'Llama 2 (Meta)',
      title: '监督精调 · 精调后模型',
      titleEn: 'Supervised fine-tuning · Fine-tuned weights',
      value: 'na',
      valueLabel: '– 不适用',
      question: '精调后的模型参数是否公开？',
      note: { text: model('llama-2').notes!['sft-weights']!.text, url: 'https://arxiv.org/abs/2307.09288' },
    })
  })
  it('falls back on the model\'s note, and has none when neither has one', () => {
    expect(markDetails(openness, 'weights', 'gpt-4').note?.text).toMatch(/^GPT-4 技术报告/)
    expect(markDetails(openness, 'weights', 'qwen').note).toBeUndefined()
  })
  it('refuses unknown ids', () => {
    expect(() => markDetails(openness, 'weights', 'gpt-5')).toThrow('unknown model: gpt-5')
    expect(() => markDetails(openness, 'rlhf', 'gpt-4')).toThrow('unknown artefact: rlhf')
  })
})

describe('releaseSummary', () => {
  it('lists what Llama 2 releases, keeps back and cannot release, stage by stage', () => {
    const s = releaseSummary(openness, 'llama-2')
    const labels = (groups: typeof s.open) => groups.map(grp => [grp.stageLabel, grp.artefacts.map(a => a.label)])
    expect(labels(s.open)).toEqual([['预训练', ['结构信息', '模型参数']], ['偏好对齐', ['模型参数']]])
    expect(labels(s.closed)).toEqual([
      ['预训练', ['分布式训练架构', '训练策略', '数据信息', '数据处理方式', '数据内容']],
      ['监督精调', ['指令数据信息', '指令数据内容']],
      ['偏好对齐', ['奖励函数', '偏好数据']],
    ])
    expect(labels(s.na)).toEqual([['监督精调', ['精调后模型']]])
  })
  it('gives no group for a value the model never has', () => {
    expect(releaseSummary(openness, 'olmo').closed).toEqual([])
  })
})

describe('wrapText', () => {
  it('breaks Chinese between characters at the width', () => {
    expect(wrapText('预训练的代码、数据、训练策略和参数全部公开', 8)).toEqual(['预训练的代码、数', '据、训练策略和参', '数全部公开'])
  })
  it('never starts a line with closing punctuation', () => {
    expect(wrapText('只公开模型结构和参数；数据', 10)).toEqual(['只公开模型结构和参数；', '数据'])
  })
  it('keeps Latin words whole and counts them narrower', () => {
    expect(wrapText('LLaMA 2 和 Qwen 只公开参数', 8)).toEqual(['LLaMA 2 和', 'Qwen 只公开参数'])
    expect(wrapText('LLaMA 2 和 Qwen 只公开参数', 6)).toEqual(['LLaMA 2 和', 'Qwen 只公开', '参数'])
  })
  it('leaves short text on one line', () => {
    expect(wrapText('闭源', 10)).toEqual(['闭源'])
  })
})
