// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import FmtiHeatmap from '../../components/charts/FmtiHeatmap.vue'
import { fmti } from '../../data'
import { seedColumns, seedModelAverages, seedRows } from '../fixtures/seed-heatmap'
import { mountedInPrint, stepVisibility } from '../helpers/mount'

const mountAt = (step: number) => mount(FmtiHeatmap, { props: { step, animate: false }, attachTo: document.body })
const visibleAverages = (w: ReturnType<typeof mountAt>) =>
  w.findAll('.cell.is-average').filter(c => stepVisibility(c) === 'visible')
const columnOrder = (w: ReturnType<typeof mountAt>) =>
  w.findAll('[data-row="data"]:not([data-col="average"])')
    .map(c => ({ col: c.attributes('data-col')!, x: Number(/translate\(([\d.]+)px/.exec(c.attributes('style')!)![1]) }))
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

  it('shows the fraction and the indicators with ✓/✗ when the pointer is on a cell', async () => {
    const w = mountAt(3)
    await w.find('[data-row="labor"][data-col="llama-2"]').trigger('mouseenter')
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
  it('is one Tab stop: Enter enters, arrows cross headers and cells, Enter on a header sorts and keeps focus on it', async () => {
    const w = mountAt(3)
    const reached: string[] = []
    const listener = (e: KeyboardEvent) => reached.push(e.key)
    window.addEventListener('keydown', listener)
    const root = w.find('[data-chart="fmti-heatmap"]').element as HTMLElement
    expect(root.getAttribute('tabindex')).toBe('0')
    expect(w.findAll('[tabindex="0"]')).toHaveLength(1)
    root.focus()
    const press = async (key: string) => {
      (document.activeElement as HTMLElement).dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }))
      for (let i = 0; i < 3; i++) await new Promise(r => setTimeout(r, 0))
    }
    const at = () => document.activeElement!.getAttribute('data-mark')
    await press('Enter')
    const first = at()
    expect(first).toMatch(/^col:/)
    await press('ArrowDown')
    expect(at()).toBe(`data|${first!.slice(4)}`)
    await press('ArrowLeft')
    expect(at()).toBe('row:data')
    await press('ArrowRight')
    await press('ArrowUp')
    expect(at()).toBe(first)
    // A column header (a developer) orders the rows; the columns keep the step's order by average.
    await press('ArrowRight')
    await press('Enter')
    expect(at()).toBe('col:bloomz')
    expect(columnOrder(w)).toEqual(seedColumns)
    // A row header orders the columns and focus follows it; the rows keep their sort by BLOOMZ.
    const rowsBefore = w.findAll('[data-header-row]').map(h => h.attributes('data-header-row'))
    for (let i = 0; i < 3; i++) await press('ArrowDown')
    await press('Home')
    const header = at()!
    expect(header).toMatch(/^row:/)
    const columnsBefore = columnOrder(w)
    await press(' ')
    expect(columnOrder(w)).not.toEqual(columnsBefore)
    expect(at()).toBe(header)
    expect(w.findAll('[data-header-row]').map(h => h.attributes('data-header-row'))).toEqual(rowsBefore)
    await press('Escape')
    expect(document.activeElement).toBe(root)
    expect(reached).toEqual([])
    window.removeEventListener('keydown', listener)
    w.unmount()
  })

  it('opens a cell\'s indicators by Enter and closes them by Escape, back on the cell', async () => {
    const w = mountAt(3)
    const root = w.find('[data-chart="fmti-heatmap"]').element as HTMLElement
    root.focus()
    root.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }))
    await nextTick()
    const cell = w.find('[data-row="labor"][data-col="llama-2"]')
    await cell.trigger('click')
    const panel = w.find('[data-drilldown]')
    expect(panel.findAll('[data-indicator]')).toHaveLength(7)
    expect(panel.text()).toContain('Llama 2 (Meta) · Labor')
    expect(panel.findAll('[data-satisfied="true"]')).toHaveLength(2)
    await panel.trigger('keydown', { key: 'Escape' })
    await nextTick()
    await nextTick()
    expect(w.find('[data-drilldown]').exists()).toBe(false)
    expect(document.activeElement).toBe(cell.element)
    w.unmount()
  })

  it('switches edition: 2024 on the 13 dimensions for 14 developers, 2025 on 19 subdomains for 13', async () => {
    const w = mountAt(3)
    const root = () => w.find('[data-chart="fmti-heatmap"]')
    expect(root().attributes('data-edition')).toBe('2023-10')
    await w.find('[data-edition-switch] select').setValue('2024-05')
    expect(root().attributes('data-edition')).toBe('2024-05')
    expect(w.findAll('[data-header-row]:not([data-header-row="average"])')).toHaveLength(13)
    expect(w.findAll('[data-header-col]:not([data-header-col="average"])')).toHaveLength(14)
    await w.find('[data-edition-switch] select').setValue('2025-12')
    expect(w.findAll('[data-header-row]:not([data-header-row="average"])')).toHaveLength(19)
    expect(w.findAll('[data-header-col]:not([data-header-col="average"])')).toHaveLength(13)
    await w.setProps({ step: 2 })
    expect(root().attributes('data-edition')).toBe('2023-10')
    w.unmount()
  })

  it('offers the edition switch on screen, not in print', () => {
    expect(mount(FmtiHeatmap, { props: { step: 3 } }).find('[data-edition-switch]').exists()).toBe(true)
    const w = mountedInPrint(() => mount(FmtiHeatmap, { props: { step: 3 } }))
    expect(w.find('[data-edition-switch]').exists()).toBe(false)
    expect(w.find('[data-chart]').classes()).toContain('no-motion')
  })
})
