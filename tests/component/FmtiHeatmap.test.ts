// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import FmtiHeatmap from '../../components/charts/FmtiHeatmap.vue'
import { fmti } from '../../data'
import { seedColumns, seedModelAverages, seedRows } from '../fixtures/seed-heatmap'

const mountAt = (step: number) => mount(FmtiHeatmap, { props: { step, animate: false }, attachTo: document.body })
const visibleAverages = (w: ReturnType<typeof mountAt>) =>
  w.findAll('.cell.is-average').filter(c => c.attributes('visibility') === 'visible')
const columnOrder = (w: ReturnType<typeof mountAt>) =>
  w.findAll('[data-row="data"]:not([data-col="average"])')
    .map(c => ({ col: c.attributes('data-col')!, x: Number(/translate\(([\d.]+)/.exec(c.attributes('transform')!)![1]) }))
    .sort((a, b) => a.x - b.x)
    .map(c => c.col)

describe('FmtiHeatmap', () => {
  it('draws every value cell with its data hooks and the percent it shows', () => {
    const w = mountAt(3)
    const root = w.find('[data-chart="fmti-heatmap"]')
    expect(root.attributes('aria-label')).toMatch(/Foundation Model Transparency Index/)
    const cells = w.findAll('.cell:not(.is-average)')
    expect(cells).toHaveLength(130)
    const labor = w.find('[data-row="labor"][data-col="llama-2"]')
    expect(labor.attributes('data-value')).toBe('29')
    expect(labor.find('text').text()).toBe('29%')
    for (const c of cells)
      expect(c.find('text').text()).toBe(`${c.attributes('data-value')}%`)
    w.unmount()
  })

  it('hides the averages at step 0 and shows all 23 from step 1', () => {
    const bare = mountAt(0)
    expect(visibleAverages(bare)).toHaveLength(0)
    expect(bare.find('[data-row="average"][data-col="llama-2"]').attributes('tabindex')).toBe('-1')
    bare.unmount()
    const withAverages = mountAt(1)
    expect(visibleAverages(withAverages)).toHaveLength(23)
    expect(withAverages.find('[data-row="average"][data-col="llama-2"]').attributes('data-value')).toBe('57')
    withAverages.unmount()
  })

  it('highlights the weakest four dimensions from step 2', () => {
    expect(mountAt(1).findAll('[data-weakest]')).toHaveLength(0)
    const w = mountAt(2)
    expect(w.findAll('[data-weakest]').map(e => e.attributes('data-weakest')).sort()).toEqual(['compute', 'data', 'impact', 'labor'])
    w.unmount()
  })

  it('orders the developers as the data until step 3, then by average', () => {
    expect(columnOrder(mountAt(2))).toEqual(fmti.models.map(m => m.id))
    expect(columnOrder(mountAt(3))).toEqual(seedColumns)
  })

  it('sorts the developers when a row header is clicked', async () => {
    const w = mountAt(0)
    await w.find('[data-header-row="labor"]').trigger('click')
    expect(columnOrder(w).slice(0, 2)).toEqual(['bloomz', 'claude-2'])
    w.unmount()
  })

  it('shows the fraction and the indicators with ✓/✗ when a cell takes focus', async () => {
    const w = mountAt(3)
    const cell = w.find('[data-row="labor"][data-col="llama-2"]').element
    cell.dispatchEvent(new Event('focus'))
    await w.vm.$nextTick()
    const tip = w.find('[data-tooltip]')
    expect(tip.text()).toContain('2/7 = 29%')
    expect(tip.text()).toContain('Llama 2 (Meta) · Labor')
    expect(tip.findAll('li')).toHaveLength(7)
    expect(tip.findAll('li.yes').map(li => li.text())).toEqual(['✓Use of human labor', '✓Instructions for creating data'])
    w.unmount()
  })

  it('offers a data table with a row per dimension and the averages', () => {
    const w = mountAt(3)
    const rows = w.findAll('[data-table-alternative] tbody tr')
    expect(rows).toHaveLength(14)
    const expected = [...seedRows.data!.cells, seedRows.data!.average].map(v => `${v}%`)
    expect(rows[0]!.find('th').text()).toBe('Data')
    expect(rows[0]!.findAll('td').map(td => td.text())).toEqual(expected)
    expect(rows[13]!.findAll('td').map(td => td.text()).slice(0, 10)).toEqual(seedModelAverages.map(v => `${v}%`))
    w.unmount()
  })
})
