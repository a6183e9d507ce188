// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { mountChart, stepVisibility } from '../helpers/mount'
import ModelTimeline from '../../components/charts/ModelTimeline.vue'
import { landscapeModels } from '../../data'

const { models, eras } = landscapeModels
const mountAt = (step?: number) => mountChart(ModelTimeline, step)
const visibleIds = (w: ReturnType<typeof mountAt>) =>
  w.findAll('[data-node]').filter(n => stepVisibility(n) === 'visible').map(n => n.attributes('data-node'))

describe('ModelTimeline', () => {
  it('draws one mark per model, with its largest size as data-value, once drawn', async () => {
    const w = mountAt()
    await w.vm.$nextTick()
    const root = w.find('[data-chart="model-timeline"]')
    expect(root.attributes('aria-label')).toContain(`${models.length} 个大语言模型`)
    expect(w.find('[data-ready]').attributes('data-ready')).toBe('true')
    expect(w.findAll('[data-node]')).toHaveLength(models.length)
    expect(w.find('[data-node="gpt-3"]').attributes('data-value')).toBe('175')
    expect(w.find('[data-node="llama"]').attributes('data-value')).toBe('65')
    expect(w.find('[data-node="llama"]').attributes('data-sizes')).toBe('7,13,33,65')
    expect(w.find('[data-node="chatgpt"]').attributes('data-value')).toBe('undisclosed')
    w.unmount()
  })

  it('shows only the models up to the current era, and its annotation', () => {
    const w = mountAt(0)
    const expected = models.filter(m => m.released <= eras[0]!.to).map(m => m.id)
    expect(visibleIds(w).sort()).toEqual(expected.sort())
    expect(visibleIds(w)).not.toContain('llama')
    expect(w.find('[data-era]').text()).toContain(eras[0]!.title)
    expect(w.find('[data-node="llama"]').attributes('tabindex')).toBe('-1')
    w.unmount()
  })

  it('shows a later model that the current era\'s annotation names (LLaMA in 2022)', () => {
    const w = mountAt(1)
    expect(visibleIds(w)).toContain('llama')
    expect(visibleIds(w)).not.toContain('alpaca')
    w.unmount()
  })

  it('reveals every model at the last step, including those of undisclosed size', () => {
    const w = mountAt(3)
    expect(visibleIds(w)).toHaveLength(models.length)
    expect(w.find('[data-era]').attributes('data-era')).toBe('qwen-deepseek')
    expect(w.find('[data-era-band="qwen-deepseek"]').classes()).toContain('current')
    w.unmount()
  })

  it('labels marks with their names and hides the labels of hidden marks', () => {
    const w = mountAt(0)
    expect(w.find('[data-label="gpt-3"] text').text()).toBe('GPT-3')
    expect(stepVisibility(w.find('[data-label="gpt-3"]'))).toBe('visible')
    expect(stepVisibility(w.find('[data-label="deepseek-v3"]'))).toBe('hidden')
    w.unmount()
  })

  it('shows a card with the model\'s facts on hover and on the keyboard', async () => {
    const w = mountAt()
    await w.find('[data-node="chinchilla"]').trigger('mouseenter')
    const card = w.find('[data-tooltip]')
    expect(card.text()).toContain('Chinchilla')
    expect(card.text()).toContain('参数：70B · 训练 tokens：1.4T')
    await w.find('[data-node="chinchilla"]').trigger('mouseleave')
    expect(w.find('[data-tooltip]').exists()).toBe(false)
    const root = w.find('[data-chart="model-timeline"]')
    const active = () => w.findAll('[data-mark][tabindex="0"]').map(e => e.attributes('data-mark')!)
    const inEra = (i: number) => models.filter(m => eras[i]!.from <= m.released && m.released <= eras[i]!.to).map(m => m.id)
    await root.trigger('keydown', { key: 'Enter' })
    expect(active()).toHaveLength(1)
    expect(inEra(0)).toContain(active()[0])
    expect(w.find('[data-tooltip] .title').text()).toBe(models.find(m => m.id === active()[0])!.name)
    const first = active()[0]
    await root.trigger('keydown', { key: 'ArrowRight' })
    expect(inEra(0)).toContain(active()[0])
    expect(active()[0]).not.toBe(first)
    await root.trigger('keydown', { key: 'ArrowDown' })
    expect(inEra(1)).toContain(active()[0])
    await root.trigger('keydown', { key: 'Escape' })
    expect(active()).toEqual([])
    expect(w.findAll('[tabindex="0"]').map(e => e.attributes('data-chart'))).toEqual(['model-timeline'])
    w.unmount()
  })

  it('has a legend for colour and shape, and a data table alternative', () => {
    const w = mountAt()
    const legend = w.find('.legend').text()
    for (const word of ['开放权重', '闭源', 'decoder-only', 'encoder-decoder', 'GLM-style', 'multi-task'])
      expect(legend).toContain(word)
    expect(w.findAll('[data-table-alternative] tbody tr')).toHaveLength(models.length)
    w.unmount()
  })
})
