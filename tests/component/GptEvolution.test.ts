// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { mountChart, stepVisibility } from '../helpers/mount'
import GptEvolution from '../../components/charts/GptEvolution.vue'
import TurboModelsTable from '../../components/figures/TurboModelsTable.vue'
import { gptEvolution } from '../../data'
import { EVIDENCE_LABELS_ZH, METHOD_LABELS_ZH, stepCaptionZh } from '../../lib/evolution/labels-zh'
import { evolutionSteps, stepOfMonth } from '../../lib/evolution/steps'

const steps = evolutionSteps(gptEvolution.nodes.map(n => n.released), gptEvolution.stepByMonthThrough)
const stepOf = (id: string) => stepOfMonth(steps, gptEvolution.nodes.find(n => n.id === id)!.released)
const mountAt = (step?: number) => mountChart(GptEvolution, step)
const visible = (w: ReturnType<typeof mountAt>, selector: string, attr: string) =>
  w.findAll(selector).filter(e => stepVisibility(e) === 'visible').map(e => e.attributes(attr)!)

describe('GptEvolution', () => {
  it('draws every node with its name and every edge with its method, final state by default', () => {
    const w = mountAt()
    const root = w.find('[data-chart="gpt-evolution"]')
    expect(root.attributes('aria-label')).toMatch(new RegExp(`^${gptEvolution.title}：${gptEvolution.nodes.length} 个模型的谱系图，2020 至 2024 年`))
    expect(root.attributes('data-step')).toBe(String(steps.length - 1))
    expect(w.findAll('[data-node]').map(n => [n.attributes('data-node'), n.find('text').text()]))
      .toEqual(gptEvolution.nodes.map(n => [n.id, n.name]))
    expect(w.findAll('[data-edge]').map(e => [e.attributes('data-edge'), e.attributes('data-method')]))
      .toEqual(gptEvolution.edges.map(e => [`${e.from}->${e.to}`, e.method]))
    expect(visible(w, '[data-node]', 'data-node')).toHaveLength(gptEvolution.nodes.length)
    w.unmount()
  })

  it('dashes exactly the inferred edges', () => {
    const w = mountAt()
    const dashed = w.findAll('[data-edge]').filter(e => e.find('path.line').attributes('stroke-dasharray')).map(e => e.attributes('data-edge'))
    expect(dashed).toEqual(gptEvolution.edges.filter(e => e.evidence === 'inferred').map(e => `${e.from}->${e.to}`))
    expect(dashed).toEqual(['code-davinci-001->code-davinci-002', 'text-davinci-001->code-davinci-002'])
    w.unmount()
  })

  it('grows in time order: at each step exactly the models released by then, the rest hidden and unfocusable', () => {
    let before = 0
    for (const s of steps) {
      const w = mountAt(s.index)
      const shown = visible(w, '[data-node]', 'data-node')
      expect(shown, s.label).toEqual(gptEvolution.nodes.filter(n => stepOf(n.id) <= s.index).map(n => n.id))
      expect(shown.length).toBeGreaterThan(before)
      before = shown.length
      expect(visible(w, '[data-edge]', 'data-edge')).toEqual(gptEvolution.edges.filter(e => stepOf(e.to) <= s.index).map(e => `${e.from}->${e.to}`))
      for (const hidden of w.findAll('[data-node].step-hidden'))
        expect(hidden.attributes('tabindex')).toBe('-1')
      expect(w.find('.step-label').text()).toBe(stepCaptionZh(s))
      w.unmount()
    }
  })

  it('shows only davinci at step 0', () => {
    const w = mountAt(0)
    expect(visible(w, '[data-node]', 'data-node')).toEqual(['davinci'])
    expect(w.findAll('[data-table-alternative] tbody tr').map(r => r.find('th, td').text())).toEqual(['davinci'])
    w.unmount()
  })

  it('shows the card, with both claims where sources differ, while the pointer is on a node', async () => {
    const w = mountAt()
    await w.find('[data-node="text-davinci-002"]').trigger('mouseenter')
    const tip = w.find('[data-tooltip]')
    expect(tip.find('.tt-title').text()).toBe('text-davinci-002')
    expect(tip.text()).toContain('2022 年 3 月（各来源：2022 年 3 月 – 2022 年 6 月）')
    expect(tip.find('[data-disagreement]').text()).toBe('来源说法不一：知乎汇总文章称有监督指令微调（SFT）；OpenAI model index 称 FeedME。')
    expect(tip.findAll('.tt-claims li')).toHaveLength(2)
    await w.find('[data-node="text-davinci-002"]').trigger('mouseleave')
    expect(w.find('[data-tooltip]').exists()).toBe(false)
    w.unmount()
  })

  it('is one Tab stop: Enter enters on the first card, the arrows move over the cards and the legend, Escape leaves', async () => {
    const w = mountAt()
    const root = w.find('[data-chart="gpt-evolution"]')
    const focusable = () => w.findAll('[tabindex="0"]').map(e => e.attributes('data-mark') ?? 'root')
    expect(focusable()).toEqual(['root'])
    await root.trigger('keydown', { key: 'Enter' })
    expect(focusable()).toEqual(['davinci'])
    expect(w.find('[data-tooltip] .tt-title').text()).toBe('davinci')
    await root.trigger('keydown', { key: 'ArrowRight' })
    expect(focusable()).toEqual(['code-cushman-001'])
    await root.trigger('keydown', { key: 'ArrowDown' })
    expect(focusable()).toEqual(['code-davinci-001'])
    for (let i = 0; i < 20; i++)
      await root.trigger('keydown', { key: 'ArrowDown' })
    expect(focusable()).toEqual([`method:${gptEvolution.methods[0]!.id}`])
    await root.trigger('keydown', { key: 'End' })
    expect(focusable()).toEqual([`method:${gptEvolution.methods.at(-1)!.id}`])
    const back = gptEvolution.methods.length - 1 - gptEvolution.methods.findIndex(m => m.id === 'rlhf')
    for (let i = 0; i < back; i++)
      await root.trigger('keydown', { key: 'ArrowLeft' })
    expect(focusable()).toEqual(['method:rlhf'])
    await root.trigger('keydown', { key: 'Enter' })
    expect(w.find('button[data-method="rlhf"]').attributes('aria-pressed')).toBe('true')
    expect(w.findAll('[data-edge].is-highlighted').map(e => e.attributes('data-edge'))).toEqual(['text-davinci-002->text-davinci-003', 'text-davinci-002->chatgpt'])
    await root.trigger('keydown', { key: 'Escape' })
    expect(focusable()).toEqual(['root'])
    w.unmount()
  })

  it('offers only the revealed cards to the keyboard', async () => {
    const w = mountAt(0)
    const root = w.find('[data-chart="gpt-evolution"]')
    await root.trigger('keydown', { key: 'Enter' })
    await root.trigger('keydown', { key: 'ArrowDown' })
    expect(w.findAll('[tabindex="0"]').map(e => e.attributes('data-mark'))).toEqual([`method:${gptEvolution.methods[0]!.id}`])
    w.unmount()
  })

  it('highlights the edges of one method when its legend button is pressed, and clears on a second press', async () => {
    const w = mountAt()
    const button = w.find('button[data-method="rlhf"]')
    await button.trigger('click')
    expect(button.attributes('aria-pressed')).toBe('true')
    expect(w.findAll('[data-edge].is-highlighted').map(e => e.attributes('data-edge'))).toEqual(['text-davinci-002->text-davinci-003', 'text-davinci-002->chatgpt'])
    expect(w.findAll('[data-node].is-highlighted').map(n => n.attributes('data-node')).sort()).toEqual(['chatgpt', 'text-davinci-002', 'text-davinci-003'])
    await button.trigger('click')
    expect(w.findAll('[data-edge].is-highlighted')).toHaveLength(0)
    w.unmount()
  })

  it('offers a legend button for each method the edges use', () => {
    const w = mountAt()
    expect(w.findAll('.legend button').map(b => b.attributes('data-method'))).toEqual(gptEvolution.methods.map(m => m.id))
    w.unmount()
  })

  it('lists the revealed nodes and the edges into them in its data table', () => {
    const w = mountAt(3)
    const rows = w.findAll('[data-table-alternative] tbody tr')
    expect(rows.map(r => r.attributes('data-table-row'))).toEqual(gptEvolution.nodes.filter(n => stepOf(n.id) <= 3).map(n => n.id))
    const row = w.find('[data-table-row="text-davinci-002"]')
    expect(row.findAll('td').at(-1)!.text()).toBe(`code-davinci-002 · ${METHOD_LABELS_ZH.sft} · ${EVIDENCE_LABELS_ZH.stated}`)
    w.unmount()
  })
})

describe('TurboModelsTable', () => {
  it('renders the seed\'s table from the data, row by row', () => {
    const w = mount(TurboModelsTable)
    const rows = w.findAll('tbody tr')
    expect(rows.map(r => r.attributes('data-model'))).toEqual(gptEvolution.turboTable.rows)
    expect(rows[0]!.find('th').text()).toBe('gpt-3.5-turbo-0125')
    expect(rows[0]!.find('.badge').text()).toBe('New')
    expect(rows[0]!.findAll('td').slice(1).map(td => td.text())).toEqual(['16,385 tokens', 'Up to Sep 2021'])
    expect(rows[5]!.findAll('td').map(td => td.text())).toEqual([
      'Legacy Snapshot of gpt-3.5-turbo from June 13th 2023. Will be deprecated on June 13, 2024.', '4,096 tokens', 'Up to Sep 2021',
    ])
    w.unmount()
  })
})
