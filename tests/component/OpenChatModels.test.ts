// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import FormatSteps from '../../components/figures/FormatSteps.vue'
import LandscapeTopic from '../../components/content/LandscapeTopic.vue'
import OpenChatModels from '../../components/figures/OpenChatModels.vue'
import StackScoreExamples from '../../components/figures/StackScoreExamples.vue'
import { openChatModels } from '../../data'

describe('OpenChatModels', () => {
  it('compares every project: backbone, data, tuning and sizes', () => {
    const w = mount(OpenChatModels)
    expect(w.find('[data-chart="open-chat-models"]').exists()).toBe(true)
    expect(w.findAll('[data-node]').map(r => r.attributes('data-node'))).toEqual(openChatModels.projects.map(p => p.id))
    const alpaca = w.find('[data-node="alpaca"]')
    expect(alpaca.attributes('data-backbone')).toBe('llama')
    expect(alpaca.text()).toContain('52K')
    expect(alpaca.text()).toContain('self-instruct')
    expect(w.find('[data-node="stackllama"]').attributes('data-tuning')).toBe('SFT,RLHF')
  })
  it('splits the projects into Chinese and other ones', () => {
    const zh = mount(OpenChatModels, { props: { group: 'chinese' } }).findAll('[data-node]').map(r => r.attributes('data-node'))
    const other = mount(OpenChatModels, { props: { group: 'other' } }).findAll('[data-node]').map(r => r.attributes('data-node'))
    expect(zh).toContain('belle')
    expect(zh).toContain('moss')
    expect(other).toContain('vicuna')
    expect([...zh, ...other].sort()).toEqual(openChatModels.projects.map(p => p.id).sort())
  })
})

describe('LandscapeTopic', () => {
  it('reveals the points one click at a time beside the models\' cards', () => {
    const w = mount(LandscapeTopic, { props: { id: 'chinchilla', step: 1 } })
    const points = w.findAll('[data-point]')
    expect(points.filter(p => !p.classes().includes('step-hidden'))).toHaveLength(2)
    expect(w.find('[data-node="chinchilla"]').text()).toContain('每参数 20 tokens')
  })
  it('counts the architectures on the decoder-only slide', () => {
    const w = mount(LandscapeTopic, { props: { id: 'decoder-only', architectures: true } })
    expect(Number(w.find('[data-architecture="decoder-only"]').attributes('data-value'))).toBeGreaterThan(80)
  })
  it('refuses an unknown topic, naming it', () => {
    expect(() => mount(LandscapeTopic, { props: { id: 'nope' } })).toThrow('no topic "nope" in data/models.json')
  })
})

describe('FormatSteps and StackScoreExamples', () => {
  it('names the field the code block highlights at each click', () => {
    expect(mount(FormatSteps, { props: { id: 'alpaca', step: 0 } }).find('[data-field-label]').text()).toContain('instruction')
    expect(mount(FormatSteps, { props: { id: 'alpaca', step: 2 } }).find('[data-field-label]').text()).toContain('output')
    expect(mount(FormatSteps, { props: { id: 'moss', step: 2 } }).find('[data-field-label]').text()).toContain('Inner Thoughts')
    expect(mount(FormatSteps, { props: { id: 'vicuna' } }).find('[data-field-label]').text()).toMatch(/^全部 9 行\s*一条完整的对话数据/)
    expect(mount(FormatSteps, { props: { id: 'vicuna', step: 1 } }).find('[data-field-label]').text()).toMatch(/^第 3-8 行/)
  })
  it('computes the scores of the examples', () => {
    const w = mount(StackScoreExamples)
    expect(w.findAll('[data-value]').map(r => r.attributes('data-value'))).toEqual(['0', '2', '4', '8', '-1'])
  })
  it('explains the rule with the points of the data, and quotes the blog with its source', () => {
    const w = mount(StackScoreExamples)
    expect(w.findAll('[data-point]').map(p => p.find('b').text())).toEqual(['信号', '打分', '偏好'])
    expect(w.find('[data-point="score"]').text()).toContain('取以 2 为底的对数后四舍五入')
    expect(w.find('blockquote').text()).toContain('rounded to the nearest integer')
    expect(w.find('blockquote a').attributes('href')).toBe('https://huggingface.co/blog/stackllama')
  })
})
