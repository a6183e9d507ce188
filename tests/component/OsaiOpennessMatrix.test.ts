// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import OsaiAgreement from '../../components/figures/OsaiAgreement.vue'
import OsaiLandscape from '../../components/charts/OsaiLandscape.vue'
import OsaiOpennessMatrix from '../../components/charts/OsaiOpennessMatrix.vue'
import { osaiIndex } from '../../data'
import { OSAI_LECTURE_MODELS, OSAI_MATRIX_MODELS } from '../../lib/osai/selection'
import { enterChart, press } from '../helpers/keyboard'
import { stepVisibility } from '../helpers/mount'

const byId = new Map(osaiIndex.models.map(m => [m.id, m]))
/** A model's score as the index computes it: the mean of its 12 classes (open 1, partial 0.5, closed 0), to 3 decimals. */
const CLASS_VALUE = { open: 1, partial: 0.5, closed: 0 } as const
const scoreOf = (id: string) => Math.round(Object.values(byId.get(id)!.ratings).reduce((a, r) => a + CLASS_VALUE[r.class], 0) / 12 * 1000) / 1000
const mountAt = (step: number) => mount(OsaiOpennessMatrix, { props: { step }, attachTo: document.body })

describe('OsaiOpennessMatrix', () => {
  it('draws one mark per parameter and model, data-value the YAML-derived class', () => {
    const w = mountAt(2)
    const root = w.find('[data-chart="osai-openness"]')
    expect(root.attributes('aria-label')).toMatch(/European Open Source AI Index/)
    expect(w.findAll('.mark')).toHaveLength(OSAI_MATRIX_MODELS.length * 12)
    for (const id of OSAI_MATRIX_MODELS) {
      for (const p of osaiIndex.parameters)
        expect(w.find(`.mark[data-row="${p.id}"][data-col="${id}"]`).attributes('data-value')).toBe(byId.get(id)!.ratings[p.id]!.class)
      expect(w.find(`[data-score="${id}"] text`).text()).toBe(scoreOf(id).toFixed(2))
    }
    w.unmount()
  })
  it('steps: lecture models, then the newer ones, then scores', () => {
    const visibleCols = (w: ReturnType<typeof mountAt>) => [...new Set(w.findAll('.mark').filter(m => stepVisibility(m) === 'visible').map(m => m.attributes('data-col')))]
    const s0 = mountAt(0)
    expect(visibleCols(s0)).toEqual(OSAI_LECTURE_MODELS.map(m => m.osai))
    expect(stepVisibility(s0.find('.scores'))).toBe('hidden')
    const s1 = mountAt(1)
    expect(visibleCols(s1)).toEqual([...OSAI_MATRIX_MODELS])
    expect(stepVisibility(s1.find('.scores'))).toBe('hidden')
    expect(stepVisibility(mountAt(2).find('.scores'))).toBe('visible')
    for (const w of [s0, s1]) w.unmount()
  })
  it('by keyboard shows the note as text and the evidence links as <a>; Escape leaves', async () => {
    const w = mountAt(2)
    const root = w.find('[data-chart="osai-openness"]').element
    await enterChart(root)
    await press('ArrowDown', 'ArrowDown')
    expect(document.activeElement!.getAttribute('data-mark')).toBe('weights_basemodel|llama-2-chat')
    const r = byId.get('llama-2-chat')!.ratings.weights_basemodel!
    expect(w.find('[data-tooltip-note]').text()).toBe(r.note)
    const links = w.findAll('[data-tooltip-link]')
    expect(links.map(a => a.attributes('href'))).toEqual(r.links.slice(0, 3))
    expect(links[0]!.element.tagName).toBe('A')
    await press('Escape')
    expect(document.activeElement).toBe(root)
    expect(w.find('[data-tooltip]').exists()).toBe(false)
    w.unmount()
  })
  it('moves only through the columns on show', async () => {
    const w = mountAt(0)
    await enterChart(w.find('[data-chart="osai-openness"]').element)
    await press('End')
    expect(document.activeElement!.getAttribute('data-mark')).toBe(`datasources_basemodel|${OSAI_LECTURE_MODELS.at(-1)!.osai}`)
    w.unmount()
  })
  it('has a data table with every model and parameter', () => {
    const w = mountAt(0)
    const t = w.find('[data-table-alternative]')
    expect(t.findAll('tbody tr')).toHaveLength(13)
    expect(t.findAll('thead th')).toHaveLength(OSAI_MATRIX_MODELS.length + 1)
    w.unmount()
  })
})

describe('OsaiLandscape', () => {
  it('one node per dated text model at its score; the table lists all', async () => {
    const w = mount(OsaiLandscape, { attachTo: document.body })
    const nodes = w.findAll('[data-node]')
    expect(nodes).toHaveLength(osaiIndex.models.filter(m => m.released).length)
    for (const n of nodes)
      expect(Number(n.attributes('data-score'))).toBe(scoreOf(n.attributes('data-node')!))
    expect(w.findAll('[data-table-row]')).toHaveLength(osaiIndex.models.length)
    await w.find('[data-node="olmo"]').trigger('mouseenter')
    expect(w.find('[data-tooltip]').text()).toContain('OLMo')
    await w.find('[data-node="olmo"]').trigger('mouseleave')
    w.unmount()
  })
  it('walks the nodes by keyboard in release order', async () => {
    const w = mount(OsaiLandscape, { attachTo: document.body })
    const root = w.find('[data-chart="osai-landscape"]').element
    await enterChart(root)
    const order = [...osaiIndex.models].filter(m => m.released).sort((a, b) => a.released!.localeCompare(b.released!) || a.id.localeCompare(b.id))
    expect(document.activeElement!.getAttribute('data-node')).toBe(order[0]!.id)
    await press('ArrowRight')
    expect(document.activeElement!.getAttribute('data-node')).toBe(order[1]!.id)
    expect(w.find('[data-tooltip]').text()).toContain(order[1]!.name)
    await press('End')
    expect(document.activeElement!.getAttribute('data-node')).toBe(order.at(-1)!.id)
    await press('Escape')
    expect(document.activeElement).toBe(root)
    w.unmount()
  })
})

describe('OsaiAgreement', () => {
  it('marks the cells where lecture and index differ', () => {
    const w = mount(OsaiAgreement)
    const differ = w.findAll('td[data-agree="false"]').map(td => `${td.attributes('data-col')}:${td.attributes('data-row')}`)
    expect(differ).toEqual(['llama-2-chat:weights', 'qwen:weights'])
    expect(w.findAll('td[data-agree]')).toHaveLength(15)
  })
})
