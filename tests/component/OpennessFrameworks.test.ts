// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import OpennessFrameworks from '../../components/figures/OpennessFrameworks.vue'
import { openness, opennessFrameworks } from '../../data'
import { REQUIREMENT_VALUES, frameworkTable } from '../../lib/openness/frameworks'
import { mountedInPrint } from '../helpers/mount'

const table = frameworkTable(opennessFrameworks, openness)
const settle = async () => { for (let i = 0; i < 3; i++) await new Promise(r => setTimeout(r, 0)) }

describe('OpennessFrameworks', () => {
  it('draws one mark per artefact and column, each with the derived value', () => {
    const w = mount(OpennessFrameworks)
    const root = w.find('[data-chart="openness-frameworks"]')
    expect(root.attributes('aria-label')).toContain('13')
    const marks = w.findAll('.mark')
    expect(marks).toHaveLength(13 * 4)
    for (const m of marks) {
      const [row, col] = [m.attributes('data-row')!, m.attributes('data-col')!]
      expect(m.attributes('data-value'), `${row} × ${col}`).toBe(table.cells[row]![col]!.value)
      expect(m.attributes('aria-label')).toContain(openness.artefacts.find(a => a.id === row)!.label)
    }
    expect([...new Set(marks.map(m => m.attributes('data-col')))]).toEqual(['osaid', 'mof-class-iii', 'mof-class-ii', 'mof-class-i'])
    expect(w.find('[data-row="data-content"][data-col="osaid"]').attributes('data-value')).toBe('not-required')
    expect(w.find('[data-row="data-content"][data-col="mof-class-i"]').attributes('data-value')).toBe('required')
    expect(w.find('[data-row="weights"][data-col="osaid"] .shape').classes()).toContain('partial')
  })

  it('counts each value per column from the data', () => {
    const w = mount(OpennessFrameworks)
    for (const v of REQUIREMENT_VALUES) {
      for (const c of table.columns)
        expect(w.find(`[data-count="${c.id}"][data-value="${v}"]`).text()).toBe(String(table.counts[c.id]![v]))
    }
    expect(w.find('[data-count="osaid"][data-value="required"]').text()).toBe('7')
  })

  it('labels columns and rows in Chinese with the frameworks\' and lecture\'s English terms', () => {
    const w = mount(OpennessFrameworks)
    const header = w.find('[data-header-col="mof-class-iii"]').text()
    expect(header).toContain('III 类')
    expect(header).toContain('开放模型')
    expect(header).toContain('Open Model')
    expect(w.find('[data-header-row="sft-data-info"]').text()).toBe('指令数据信息 Instruction data description')
  })

  it('shows the summaries, and the hint to hover only on screen', () => {
    const live = mount(OpennessFrameworks)
    expect(live.find('[data-summary="osaid"]').text()).toContain(opennessFrameworks.frameworks[0]!.summary)
    expect(live.find('.p-hint').exists()).toBe(true)
    expect(mountedInPrint(() => mount(OpennessFrameworks)).find('.p-hint').exists()).toBe(false)
  })

  it('hover shows the cell\'s components and note as text', async () => {
    const w = mount(OpennessFrameworks)
    await w.find('[data-row="weights"][data-col="osaid"]').trigger('mouseenter')
    const note = table.cells.weights!.osaid!.note!
    expect(w.find('[data-details-note]').text()).toBe(note)
    expect(w.find('.p-by').text()).toContain('Parameters')
    expect(w.find('.p-by').text()).toContain('（部分）')
    await w.find('[data-row="weights"][data-col="osaid"]').trigger('mouseleave')
    expect(w.find('[data-details-note]').exists()).toBe(false)
    expect(w.find('[data-summary="mof"]').exists()).toBe(true)
  })

  it('is one Tab stop; Enter enters, arrows move, and the details follow the keyboard', async () => {
    const w = mount(OpennessFrameworks, { attachTo: document.body })
    const root = w.find('[data-chart="openness-frameworks"]')
    expect(root.attributes('tabindex')).toBe('0')
    expect(w.findAll('.mark').every(m => m.attributes('tabindex') === '-1')).toBe(true)
    ;(root.element as HTMLElement).focus()
    await root.trigger('keydown', { key: 'Enter' })
    await settle()
    expect(document.activeElement?.getAttribute('data-mark')).toBe('training-code|osaid')
    await root.trigger('keydown', { key: 'ArrowDown' })
    await root.trigger('keydown', { key: 'ArrowRight' })
    await settle()
    expect(document.activeElement?.getAttribute('data-mark')).toBe('architecture|mof-class-iii')
    expect(w.find('.p-artefact').text()).toContain('结构信息')
    expect(w.find('[data-details]').text()).toBe('MOF · III 类 开放模型')
    w.unmount()
  })

  it('carries a data table with every artefact and the counts', () => {
    const w = mount(OpennessFrameworks)
    const rows = w.findAll('[data-table-alternative] [data-table-row]')
    expect(rows.map(r => r.attributes('data-table-row'))).toEqual([...openness.artefacts.map(a => a.id), 'count-required', 'count-partial', 'count-not-required'])
    expect(rows[0]!.text()).toContain('Training code')
  })
})
