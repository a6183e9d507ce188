// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import OpenWeightsHub from '../../components/charts/OpenWeightsHub.vue'
import { openness } from '../../data'
import { stepVisibility } from '../helpers/mount'

describe('OpenWeightsHub', () => {
  it('lists the hub\'s Llama 2 weights as in the seed', () => {
    const w = mount(OpenWeightsHub, { props: { step: 0 } })
    const entries = w.findAll('[data-repo]')
    expect(entries.map(e => e.attributes('data-repo'))).toEqual(['meta-llama/Llama-2-70b-chat', 'meta-llama/Llama-2-70b', 'meta-llama/Llama-2-13b-chat', 'meta-llama/Llama-2-13b'])
    expect(entries[0]!.find('.meta').text()).toBe(`Text Generation · ${openness.openWeights.entries[0]!.count}`)
    expect(entries[1]!.text()).toContain('Updated Nov 14, 2023')
    expect(entries[1]!.text()).toContain('Nov 14, 2023')
    expect(entries.map(e => e.find('.count').text())).toEqual(openness.openWeights.entries.map(e => String(e.count)))
    expect(stepVisibility(w.find('[data-released]'))).toBe('hidden')
  })
  it('then shows what Llama 2 releases and keeps back, from the matrix, and cites the paper', () => {
    const w = mount(OpenWeightsHub, { props: { step: 1 } })
    expect(stepVisibility(w.find('[data-released]'))).toBe('visible')
    expect(w.find('[data-released] h3').text()).toContain('3/12')
    expect(w.findAll('[data-kind="open"] [data-artefact]').map(c => c.attributes('data-artefact'))).toEqual(['architecture', 'weights', 'aligned-weights'])
    expect(w.findAll('[data-kind="closed"] [data-artefact]')).toHaveLength(9)
    expect(w.find('[data-citation]').text()).toContain('Touvron et al. 2023')
    expect(w.find('[data-citation]').text()).toContain('Llama 2: Open Foundation and Fine-Tuned Chat Models')
    expect(w.find('[data-citation]').text()).toContain('arXiv:2307.09288')
  })
})
