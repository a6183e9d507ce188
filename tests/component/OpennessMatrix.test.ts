// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import OpennessMatrix from '../../components/charts/OpennessMatrix.vue'
import { openness } from '../../data'
import { opennessScore } from '../../lib/openness/score'
import { enterChart, press } from '../helpers/keyboard'
import { stepVisibility } from '../helpers/mount'

const mountAt = (step: number) => mount(OpennessMatrix, { props: { step, animate: false }, attachTo: document.body })
type Wrapper = ReturnType<typeof mountAt>
const visibleMarks = (w: Wrapper) => w.findAll('.mark').filter(m => stepVisibility(m) === 'visible')
const visibleStages = (w: Wrapper) => [...new Set(visibleMarks(w).map(m => openness.artefacts.find(a => a.id === m.attributes('data-row'))!.stage))]
const opacityOf = (w: Wrapper, row: string, col: string) => (w.find(`[data-row="${row}"][data-col="${col}"]`).element as SVGElement).style.opacity

describe('OpennessMatrix', () => {
  it('draws one mark per artefact and model, its data-value the data\'s rating', async () => {
    const w = mountAt(4)
    await w.vm.$nextTick()
    const root = w.find('[data-chart="openness-matrix"]')
    expect(root.attributes('aria-label')).toMatch(/openness matrix/)
    expect(root.find('[data-ready]').attributes('data-ready')).toBe('true')
    const marks = w.findAll('.mark')
    expect(marks).toHaveLength(78)
    for (const m of openness.models) {
      for (const a of openness.artefacts)
        expect(w.find(`[data-row="${a.id}"][data-col="${m.id}"]`).attributes('data-value'), `${a.id} x ${m.id}`).toBe(m.ratings[a.id])
    }
    w.unmount()
  })

  it('draws each value as its own badge shape, so it reads without colour', () => {
    const w = mountAt(4)
    expect(w.find('[data-row="weights"][data-col="olmo"] .badge circle.open').exists()).toBe(true)
    expect(w.find('[data-row="weights"][data-col="gpt-4"] .badge rect.closed').exists()).toBe(true)
    expect(w.find('[data-row="sft-weights"][data-col="qwen"] .badge circle.na').exists()).toBe(true)
    w.unmount()
  })

  it('reveals pretraining, then SFT, then alignment with the scores, hiding what is not yet shown', () => {
    const steps = [0, 1, 2].map(mountAt)
    expect(steps.map(w => visibleMarks(w).length)).toEqual([42, 60, 78])
    expect(steps.map(visibleStages)).toEqual([['pretraining'], ['pretraining', 'sft'], ['pretraining', 'sft', 'alignment']])
    expect(steps[0]!.find('[data-row="reward-model"][data-col="olmo"]').attributes('tabindex')).toBe('-1')
    expect(stepVisibility(steps[0]!.find('[data-header-row="sft-data-info"]'))).toBe('hidden')
    expect(steps.map(w => stepVisibility(w.find('.scores')))).toEqual(['hidden', 'hidden', 'visible'])
    for (const w of steps) w.unmount()
  })

  it('prints open / applicable under each column', () => {
    const w = mountAt(2)
    const ids = openness.artefacts.map(a => a.id)
    for (const m of openness.models)
      expect(w.find(`[data-score="${m.id}"] text`).text()).toBe(opennessScore(m, ids).label)
    expect(w.find('[data-score="llm360"] text').text()).toBe('10/11')
    w.unmount()
  })

  it('contrasts fully open and closed at step 3, then open weights only at step 4, fading the other columns', () => {
    const three = mountAt(3)
    expect(three.findAll('[data-tag]').map(t => t.attributes('data-tag'))).toEqual(['fully-open', 'closed'])
    expect(three.findAll('[data-outline]').map(t => t.attributes('data-outline'))).toEqual(['fully-open', 'closed'])
    expect(three.find('[data-callout="fully-open"]').text()).toContain('LLM360 · OLMo')
    expect([opacityOf(three, 'weights', 'olmo'), opacityOf(three, 'weights', 'gpt-4'), opacityOf(three, 'weights', 'qwen')]).toEqual(['1', '1', '0.22'])
    three.unmount()

    const four = mountAt(4)
    expect(four.findAll('[data-outline]').map(t => t.attributes('data-outline'))).toEqual(['open-weights'])
    expect(four.find('[data-callout="open-weights"]').text()).toContain('Llama 2 · Qwen')
    expect(four.find('[data-header-col="mistral"]').classes()).toContain('dimmed')
    expect([opacityOf(four, 'weights', 'llama-2'), opacityOf(four, 'weights', 'olmo')]).toEqual(['1', '0.22'])
    four.unmount()
  })

  it('shows no group before step 3', () => {
    const w = mountAt(2)
    expect(w.findAll('[data-tag]')).toHaveLength(0)
    expect(opacityOf(w, 'weights', 'qwen')).toBe('1')
    w.unmount()
  })

  it('is one Tab stop; by keyboard it shows the question and the note, highlights row and column, and Escape leaves', async () => {
    const w = mountAt(4)
    const root = w.find('[data-chart="openness-matrix"]').element
    expect(root.getAttribute('tabindex')).toBe('0')
    expect(w.findAll('.mark').every(m => m.attributes('tabindex') === '-1')).toBe(true)
    await enterChart(root)
    expect(document.activeElement!.getAttribute('data-mark')).toBe('training-code|gpt-4')
    // sft-weights is the tenth row, Llama 2 the second column.
    await press(...Array.from({ length: 9 }, () => 'ArrowDown'), 'ArrowRight')
    expect(document.activeElement!.getAttribute('data-mark')).toBe('sft-weights|llama-2')
    expect(document.activeElement!.getAttribute('tabindex')).toBe('0')
    const tip = w.find('[data-tooltip]')
    expect(tip.text()).toContain('Llama 2 (Meta)')
    expect(tip.text()).toContain('监督精调 · 精调后模型')
    expect(tip.text()).toContain('– 不适用')
    expect(tip.text()).toContain('精调后的模型参数是否公开？')
    expect(tip.text()).toContain('没有单独发布只做过监督精调的参数')
    expect(w.find('[data-header-row="sft-weights"]').classes()).toContain('active')
    expect(w.find('[data-header-col="llama-2"]').classes()).toContain('active')
    expect(w.findAll('[data-band-row]')).toHaveLength(1)
    await press('Escape')
    expect(document.activeElement).toBe(root)
    expect(w.find('[data-tooltip]').exists()).toBe(false)
    w.unmount()
  })

  it('moves only through the rows on show', async () => {
    const w = mountAt(0)
    await enterChart(w.find('[data-chart="openness-matrix"]').element)
    await press('End', ...Array.from({ length: 12 }, () => 'ArrowDown'))
    expect(document.activeElement!.getAttribute('data-mark')).toBe('weights|olmo')
    w.unmount()
  })

  it('shows the details of a mark under the pointer', async () => {
    const w = mountAt(4)
    await w.find('[data-row="weights"][data-col="gpt-4"]').trigger('mouseenter')
    expect(w.find('[data-tooltip]').text()).toContain('✗ 未公开')
    await w.find('[data-row="weights"][data-col="gpt-4"]').trigger('mouseleave')
    expect(w.find('[data-tooltip]').exists()).toBe(false)
    w.unmount()
  })

  it('highlights a row or a column when its header is hovered', async () => {
    const w = mountAt(4)
    await w.find('[data-header-row="data-content"]').trigger('mouseenter')
    expect(w.find('[data-header-row="data-content"]').classes()).toContain('active')
    expect(w.findAll('[data-band-row]')).toHaveLength(1)
    await w.find('[data-header-row="data-content"]').trigger('mouseleave')
    expect(w.findAll('[data-band-row]')).toHaveLength(0)
    await w.find('[data-header-col="qwen"]').trigger('mouseenter')
    expect(w.findAll('[data-band-col]')).toHaveLength(1)
    w.unmount()
  })

  it('offers a data table with a row per artefact and the scores', () => {
    const w = mountAt(0)
    const rows = w.findAll('[data-table-alternative] tbody tr')
    expect(rows).toHaveLength(14)
    expect(rows[0]!.find('th').text()).toBe('预训练 · 分布式训练架构')
    expect(rows[0]!.findAll('td').map(td => td.text())).toEqual(['✗ 未公开', '✗ 未公开', '✗ 未公开', '✗ 未公开', '✓ 公开', '✓ 公开'])
    expect(rows[9]!.findAll('td').map(td => td.text())).toEqual(['✗ 未公开', '– 不适用', '– 不适用', '✓ 公开', '– 不适用', '✓ 公开'])
    expect(rows[13]!.findAll('td').map(td => td.text())).toEqual(['0/13', '3/12', '3/12', '4/10', '10/11', '13/13'])
    w.unmount()
  })
})
