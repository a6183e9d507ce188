// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import FmtiEditionChanges from '../../components/figures/FmtiEditionChanges.vue'
import FmtiSubdomainMeans from '../../components/figures/FmtiSubdomainMeans.vue'
import FmtiTrend from '../../components/charts/FmtiTrend.vue'
import { fmtiEditions } from '../../data'
import { developerTotal } from '../../lib/fmti/edition-facts'
import { enterChart, press } from '../helpers/keyboard'
import { stepVisibility } from '../helpers/mount'

const mountAt = (step: number) => mount(FmtiTrend, { props: { step, animate: false }, attachTo: document.body })
const visible = (w: ReturnType<typeof mountAt>) => w.findAll('circle.point').filter(c => stepVisibility(c) === 'visible')

describe('FmtiTrend', () => {
  it('draws one mark per developer and edition with its total from the data', () => {
    const w = mountAt(3)
    expect(w.find('[data-chart="fmti-trend"]').attributes('aria-label')).toMatch(/FMTI/)
    for (const e of fmtiEditions.editions) {
      for (const d of e.developers)
        expect(w.find(`[data-row="${d.id}"][data-col="${e.id}"]`).attributes('data-value')).toBe(String(developerTotal(d)))
    }
    expect(w.findAll('circle.point')).toHaveLength(37)
    expect(w.findAll('[data-mean]').map(m => m.attributes('data-value'))).toEqual(['37.0', '57.9', '40.7'])
    w.unmount()
  })
  it('shows 2023, then 2024, then 2025, then highlights the largest falls and rises', () => {
    expect(visible(mountAt(0)).map(c => c.attributes('data-col'))).toEqual(Array.from({ length: 10 }, () => '2023-10'))
    expect(visible(mountAt(1))).toHaveLength(24)
    const two = mountAt(2)
    expect(visible(two)).toHaveLength(37)
    expect(two.findAll('.point.fall')).toHaveLength(0)
    const three = mountAt(3)
    expect(three.findAll('circle.point.fall').map(c => c.attributes('data-row'))).toEqual(['meta', 'mistral', 'openai'])
    expect(three.findAll('circle.point.rise').map(c => c.attributes('data-row'))).toEqual(['ibm', 'writer'])
    expect(three.find('[data-segment="mistral|2024-05|2025-12"]').classes()).toContain('fall')
  })
  it('is one Tab stop; the keyboard follows a developer across the editions on show', async () => {
    const w = mountAt(1)
    const root = w.find('[data-chart="fmti-trend"]').element
    expect(w.findAll('circle.point').every(c => c.attributes('tabindex') === '-1')).toBe(true)
    // Rows: the developers scored in 2023 or 2024, by name; the first one scored in both is `both` rows down.
    const [e23, e24] = fmtiEditions.editions
    const names = new Map([...e23!.developers, ...e24!.developers].map(d => [d.id, d.name]))
    const rows = [...names].sort((a, b) => a[1].localeCompare(b[1])).map(([id]) => id)
    const both = rows.findIndex(id => e23!.developers.some(d => d.id === id) && e24!.developers.some(d => d.id === id))
    await enterChart(root)
    expect(document.activeElement!.getAttribute('data-row')).toBe(rows[0])
    await press(...Array.from({ length: both }, () => 'ArrowDown'), 'Home')
    expect(document.activeElement!.getAttribute('data-row')).toBe(rows[both])
    expect(document.activeElement!.getAttribute('data-col')).toBe('2023-10')
    await press('ArrowRight', 'ArrowRight')
    expect(document.activeElement!.getAttribute('data-row')).toBe(rows[both])
    expect(document.activeElement!.getAttribute('data-col')).toBe('2024-05')
    expect(w.find('[data-tooltip]').text()).toContain('2024')
    await press('Escape')
    expect(document.activeElement).toBe(root)
    expect(w.find('[data-tooltip]').exists()).toBe(false)
    await w.find('[data-row="meta"][data-col="2023-10"]').trigger('mouseenter')
    expect(w.find('[data-tooltip]').text()).toContain('Meta')
    w.unmount()
  })
  it('states how many 2023 indicator names 2025 kept, and has a data table', () => {
    const w = mountAt(3)
    expect(w.find('[data-kept-names]').text()).toBe('11')
    expect(w.find('[data-trend-note]').text()).toContain('开发者主动提交的报告')
    expect(w.findAll('[data-table-alternative] tbody tr')).toHaveLength(new Set(fmtiEditions.editions.flatMap(e => e.developers.map(d => d.id))).size + 1)
  })
})

describe('FmtiEditionChanges and FmtiSubdomainMeans', () => {
  it('lists the developers scored in 2024 and 2025 with their change', () => {
    const w = mount(FmtiEditionChanges, { props: { from: '2024-05', to: '2025-12' } })
    expect(w.find('[data-row="mistral"]').attributes('data-value')).toBe('-37')
    expect(w.find('[data-mean-after]').text()).toBe('40.7')
    expect(w.findAll('[data-newcomer]')).toHaveLength(4)
  })
  it('shows the lowest 2025 subdomains', () => {
    const w = mount(FmtiSubdomainMeans, { props: { edition: '2025-12', count: 3 } })
    const values = w.findAll('[data-row]').map(r => Number(r.attributes('data-value')))
    expect(values).toHaveLength(3)
    expect([...values].sort((a, b) => a - b)).toEqual(values)
  })
})
