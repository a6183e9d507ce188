// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import ModelRelations from '../../components/charts/ModelRelations.vue'
import { landscapeModels } from '../../data'
import { stepVisibility } from '../helpers/mount'

const { models, relations } = landscapeModels
const byId = new Map(models.map(m => [m.id, m]))
const mountAt = (step?: number) => mount(ModelRelations, { props: { ...(step === undefined ? {} : { step }), animate: false }, attachTo: document.body })
type W = ReturnType<typeof mountAt>
const visibleNodes = (w: W) => w.findAll('[data-node]').filter(n => stepVisibility(n) === 'visible').map(n => n.attributes('data-node'))
const visibleEdges = (w: W) => w.findAll('[data-edge]').filter(n => stepVisibility(n) === 'visible').map(n => n.attributes('data-edge'))

/** The models a step's roots reach through models shown. */
function treeOf(roots: readonly string[]): string[] {
  const out = [...roots]
  for (let i = 0; i < out.length; i++)
    out.push(...relations.shown.filter(id => byId.get(id)!.baseModel === out[i]))
  return out
}

describe('ModelRelations', () => {
  it('has its hooks: data-chart, an aria label, a description, one node per model shown, one edge per base link', () => {
    const w = mountAt()
    const root = w.find('[data-chart="model-relations"]')
    expect(root.attributes('aria-label')).toContain(`${relations.shown.length} 个模型`)
    const described = root.attributes('aria-describedby')!
    expect(document.getElementById(described)!.textContent).toContain('闭源：在自家基座上微调：GPT-3、GPT-4、LaMDA、PaLM')
    expect(w.find('figcaption').text()).toContain('箭头从基础模型指向')
    expect(w.findAll('[data-node]').map(n => n.attributes('data-node')).sort()).toEqual([...relations.shown].sort())
    expect(w.find('[data-edge="gpt-3-5->chatgpt"]').exists()).toBe(true)
    expect(w.find('[data-edge="llama->alpaca"]').exists()).toBe(true)
    expect(w.find('[data-node="gpt-3"]').attributes('data-open')).toBe('false')
    expect(w.find('[data-node="llama"]').attributes('data-open')).toBe('true')
    expect(w.find('[data-node="chatglm"] text').text()).toBe('ChatGLM')
    w.unmount()
  })

  it('closed and open differ in shape and border, not only colour', () => {
    const w = mountAt()
    const closed = w.find('[data-node="chatgpt"]')
    const open = w.find('[data-node="alpaca"]')
    expect(closed.classes()).toContain('closed')
    expect(open.classes()).toContain('open')
    expect(Number(closed.find('rect').attributes('rx'))).toBeLessThan(Number(open.find('rect').attributes('rx')))
    w.unmount()
  })

  it('shows one more block per click: closed models, then open bases, then LLaMA', () => {
    const steps = relations.steps
    for (let s = 0; s < steps.length; s++) {
      const w = mountAt(s)
      const expected = steps.slice(0, s + 1).flatMap(st => treeOf(st.roots))
      expect(visibleNodes(w).sort(), `step ${s}`).toEqual(expected.sort())
      for (const e of visibleEdges(w)) {
        const [from, to] = e!.split('->')
        expect(expected, e).toContain(from)
        expect(expected, e).toContain(to)
      }
      const hidden = w.findAll('[data-node]').filter(n => stepVisibility(n) === 'hidden')
      expect(hidden.every(n => n.attributes('tabindex') === '-1')).toBe(true)
      w.unmount()
    }
    const first = mountAt(0)
    expect(visibleNodes(first)).toContain('chatgpt')
    expect(visibleNodes(first)).not.toContain('t5')
    expect(stepVisibility(first.find('[data-block="llama-wave"]'))).toBe('hidden')
    first.unmount()
  })

  it('is one Tab stop; Enter enters, the arrows move between models, the card and the lineage follow', async () => {
    const w = mountAt()
    const root = w.find('[data-chart="model-relations"]')
    expect(root.attributes('tabindex')).toBe('0')
    expect(w.findAll('[data-node]').every(n => n.attributes('tabindex') === '-1')).toBe(true)
    ;(root.element as HTMLElement).focus()
    const press = async (key: string) => {
      (document.activeElement as HTMLElement).dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }))
      for (let i = 0; i < 3; i++) await new Promise(r => setTimeout(r, 0))
    }
    await press('Enter')
    expect(document.activeElement!.getAttribute('data-node')).toBe('gpt-3')
    await press('ArrowRight')
    expect(document.activeElement!.getAttribute('data-node')).toBe('gpt-3-5')
    expect(w.find('[data-node="gpt-3-5"]').attributes('tabindex')).toBe('0')
    const tip = w.find('[data-tooltip]')
    expect(tip.text()).toContain('GPT-3.5')
    expect(tip.text()).toContain('基础模型：GPT-3')
    expect(tip.text()).toContain(byId.get('gpt-3-5')!.note)
    expect(w.find('[data-edge="gpt-3->gpt-3-5"]').classes()).toContain('active')
    expect(w.find('[data-edge="gpt-3-5->chatgpt"]').classes()).toContain('active')
    expect(w.find('[data-edge="lamda->flan"]').classes()).not.toContain('active')
    await press('ArrowDown')
    expect(document.activeElement!.getAttribute('data-node')).toBe('gpt-4')
    for (let i = 0; i < 8; i++) await press('ArrowDown')
    expect(document.activeElement!.getAttribute('data-node')).toBe('t0')
    await press('Escape')
    expect(document.activeElement).toBe(root.element)
    expect(w.find('[data-tooltip]').exists()).toBe(false)
    w.unmount()
  })

  it('shows the card on hover too', async () => {
    const w = mountAt()
    await w.find('[data-node="bloom"]').trigger('mouseenter')
    expect(w.find('[data-tooltip]').text()).toContain('BLOOM')
    expect(w.find('[data-edge="bloomz->belle"]').classes()).toContain('active')
    await w.find('[data-node="bloom"]').trigger('mouseleave')
    expect(w.find('[data-tooltip]').exists()).toBe(false)
    w.unmount()
  })

  it('keeps the keyboard off the blocks not yet shown', async () => {
    const w = mountAt(0)
    const root = w.find('[data-chart="model-relations"]')
    ;(root.element as HTMLElement).focus()
    const press = async (key: string) => {
      (document.activeElement as HTMLElement).dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }))
      for (let i = 0; i < 3; i++) await new Promise(r => setTimeout(r, 0))
    }
    await press('Enter')
    for (let i = 0; i < 6; i++) await press('ArrowRight')
    expect(document.activeElement!.getAttribute('data-node')).toBe('chatgpt')
    for (let i = 0; i < 12; i++) await press('ArrowDown')
    expect(document.activeElement!.getAttribute('data-node')).toBe('ernie-bot')
    w.unmount()
  })

  it('has a table with every base link of the data, those not drawn marked so', () => {
    const w = mountAt()
    const rows = w.findAll('[data-table-alternative] tbody tr')
    const derived = models.filter(m => m.baseModel)
    for (const m of derived) {
      const row = rows.find(r => r.attributes('data-table-row') === m.id)
      expect(row, m.id).toBeDefined()
      const cells = row!.findAll('td').map(c => c.text())
      expect(cells[3], m.id).toBe(byId.get(m.baseModel!)!.name)
      expect(cells[4], m.id).toBe((relations.shown as readonly string[]).includes(m.id) ? '画出' : '未画出')
    }
    const notDrawn = derived.filter(m => !(relations.shown as readonly string[]).includes(m.id)).length
    expect(w.find('figcaption').text()).toContain(`另有 ${notDrawn} 个派生模型未画出`)
    w.unmount()
  })

  it('puts the model\'s text in as text, never as HTML', () => {
    const evil = { ...landscapeModels, models: models.map(m => (m.id === 'alpaca' ? { ...m, name: '<img src=x onerror=alert(1)>' } : m)) }
    const w = mount(ModelRelations, { props: { data: evil, animate: false } })
    expect(w.find('[data-node="alpaca"] text').text()).toBe('<img src=x onerror=alert(1)>')
    expect(w.find('img').exists()).toBe(false)
    w.unmount()
  })
})
