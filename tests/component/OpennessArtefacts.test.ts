// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import OpennessArtefacts from '../../components/figures/OpennessArtefacts.vue'
import { openness } from '../../data'
import { stepVisibility } from '../helpers/mount'

const mountAt = (step: number) => mount(OpennessArtefacts, { props: { step } })
const visibleStages = (w: ReturnType<typeof mountAt>) =>
  w.findAll('[data-stage]').filter(s => stepVisibility(s) === 'visible').map(s => s.attributes('data-stage'))

describe('OpennessArtefacts', () => {
  it('lists the 13 artefacts with the seed\'s names and questions, numbered across stages', () => {
    const w = mountAt(2)
    const items = w.findAll('[data-artefact]')
    expect(items.map(i => i.attributes('data-artefact'))).toEqual(openness.artefacts.map(a => a.id))
    expect(items[0]!.text()).toContain('分布训练架构')
    expect(items[0]!.text()).toContain('高性能分布式训练代码是否公开？')
    expect(items[12]!.find('.n').text()).toBe('13')
    expect(items[12]!.text()).toContain('偏好对齐后的参数是否公开？')
  })
  it('reveals one stage per click, and marks the current one in the pipeline', () => {
    expect([0, 1, 2].map(s => visibleStages(mountAt(s)))).toEqual([
      ['pretraining'],
      ['pretraining', 'sft'],
      ['pretraining', 'sft', 'alignment'],
    ])
    expect(mountAt(1).find('.pipeline .current').attributes('data-pipeline-stage')).toBe('sft')
  })
})
