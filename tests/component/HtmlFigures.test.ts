// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import ExcludedRows from '../../components/figures/ExcludedRows.vue'
import FmtiEditionChanges from '../../components/figures/FmtiEditionChanges.vue'
import FmtiSubdomainMeans from '../../components/figures/FmtiSubdomainMeans.vue'
import OsaiAgreement from '../../components/figures/OsaiAgreement.vue'
import TurboModelsTable from '../../components/figures/TurboModelsTable.vue'

const figures = [
  ['gpt-3.5-turbo-table', () => mount(TurboModelsTable)],
  ['excluded-rows', () => mount(ExcludedRows)],
  ['osai-agreement', () => mount(OsaiAgreement)],
  ['fmti-edition-changes', () => mount(FmtiEditionChanges, { props: { from: '2023-10', to: '2024-05' } })],
  ['fmti-subdomain-means', () => mount(FmtiSubdomainMeans, { props: { edition: '2025-12', count: 8 } })],
] as const

describe('the HTML figures on ChartFigure', () => {
  for (const [chart, make] of figures) {
    it(`${chart}: named and described, and ready for the exporter, which waits for [data-ready] inside [data-waitfor]`, () => {
      const w = make()
      const root = w.find(`[data-chart="${chart}"]`)
      expect(root.attributes('data-waitfor')).toBe('[data-ready]')
      expect(root.find('[data-ready]').exists()).toBe(true)
      expect(root.attributes('aria-label')!.length).toBeGreaterThan(10)
      expect(root.find(`#${root.attributes('aria-describedby')!.replace(/:/g, '\\:')}`).text().length).toBeGreaterThan(10)
      w.unmount()
    })
  }

  it('fmti-subdomain-means carries a data table with one row per bar', () => {
    const w = mount(FmtiSubdomainMeans, { props: { edition: '2025-12', count: 8 } })
    const bars = w.findAll('.row[data-row]').map(r => r.attributes('data-row'))
    expect(bars).toHaveLength(8)
    expect(w.findAll('[data-table-alternative] tbody tr').map(r => r.attributes('data-table-row'))).toEqual(bars)
    w.unmount()
  })
})
