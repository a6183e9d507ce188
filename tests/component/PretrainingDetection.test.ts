// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import PretrainingDetection from '../../components/charts/PretrainingDetection.vue'
import { transparency } from '../../data'
import { minKProb } from '../../lib/transparency/min-k-prob'
import { enterChart, press } from '../helpers/keyboard'

const ex = transparency.pretrainingDetection.example
const selected = minKProb(ex.tokens.map(t => t.p), ex.kPercent).selected.map(String)

describe('PretrainingDetection', () => {
  it('marks the k% least likely tokens from the third step on, and shows everything without a step', () => {
    const marked = (step?: number) => mount(PretrainingDetection, { props: { step } }).findAll('[data-selected="true"]').map(r => r.attributes('data-row'))
    expect(marked(1)).toEqual([])
    expect(marked(2)).toEqual(selected)
    expect(marked()).toEqual(selected)
  })
  it('walks the tokens by keyboard with a tooltip, and has a data table', async () => {
    const w = mount(PretrainingDetection, { attachTo: document.body })
    const root = w.find('[data-chart="min-k-prob"]').element
    await enterChart(root)
    await press('ArrowDown')
    expect(document.activeElement!.getAttribute('data-row')).toBe('1')
    expect(w.find('[data-tooltip]').text()).toContain(`p = ${ex.tokens[1]!.p.toFixed(2)}`)
    await press('Escape')
    expect(document.activeElement).toBe(root)
    expect(w.findAll('[data-table-alternative] tbody tr')).toHaveLength(ex.tokens.length)
    w.unmount()
  })
})
