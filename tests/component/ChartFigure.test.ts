// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { defineComponent, h, ref } from 'vue'
import ChartFigure from '../../components/ui/ChartFigure.vue'
import { useMarkFocus } from '../../composables/useMarkFocus'
import { dataTable } from '../../lib/chart/data-table'

/** A 2x3 chart whose first row are sort controls: pressing one reverses the order of the columns. */
const Grid = defineComponent({
  setup() {
    const cols = ref(['a', 'b', 'c'])
    const activated: string[] = []
    const focus = useMarkFocus({
      grid: () => [cols.value.map(c => `head:${c}`), cols.value.map(c => `cell:${c}`)],
      activate: (key) => { activated.push(key); cols.value = [...cols.value].reverse() },
    })
    const table = dataTable('T', ['row', 'a', 'b', 'c'], [{ id: 'r', header: 'R', cells: ['1', '2', '3'] }])
    const tip = () => (focus.shown.value ? { at: { x: 0, y: 0, width: 1, height: 1 }, plot: { width: 10, height: 10 } } : null)
    return () => h(ChartFigure, { chart: 'grid', label: 'A grid', description: 'Six marks.', table, focus, tip: tip() }, {
      default: () => h('div', [
        ...cols.value.map(c => h('button', { 'key': `head:${c}`, 'data-mark': `head:${c}`, 'tabindex': focus.tabindexOf(`head:${c}`) }, c)),
        ...cols.value.map(c => h('span', { 'key': `cell:${c}`, 'data-mark': `cell:${c}`, 'tabindex': focus.tabindexOf(`cell:${c}`) }, c)),
      ]),
      tooltip: () => focus.shown.value,
    })
  },
})

async function settle() {
  for (let i = 0; i < 3; i++) await new Promise(r => setTimeout(r, 0))
}

describe('ChartFigure with useMarkFocus', () => {
  it('is one Tab stop with its hooks, name, description and table', () => {
    const w = mount(Grid, { attachTo: document.body })
    const root = w.find('[data-chart="grid"]')
    expect(root.attributes('tabindex')).toBe('0')
    expect(root.attributes('aria-label')).toBe('A grid')
    expect(document.getElementById(root.attributes('aria-describedby')!)!.textContent).toContain('Six marks.')
    expect(w.findAll('[data-mark]').map(m => m.attributes('tabindex'))).toEqual(['-1', '-1', '-1', '-1', '-1', '-1'])
    expect(w.findAll('[data-table-alternative] td').map(td => td.text())).toEqual(['1', '2', '3'])
    w.unmount()
  })

  it('Enter enters, arrows move, Escape leaves and closes the details; keys inside never reach the page', async () => {
    const w = mount(Grid, { attachTo: document.body })
    const reached: string[] = []
    const listener = (e: KeyboardEvent) => reached.push(e.key)
    window.addEventListener('keydown', listener)
    const root = w.find('[data-chart="grid"]').element as HTMLElement
    root.focus()
    const press = async (key: string) => {
      (document.activeElement as HTMLElement).dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }))
      await settle()
    }
    await press('ArrowRight')
    expect(reached).toEqual(['ArrowRight'])
    await press('Enter')
    expect(document.activeElement!.getAttribute('data-mark')).toBe('head:a')
    await press('ArrowDown')
    await press('ArrowRight')
    expect(document.activeElement!.getAttribute('data-mark')).toBe('cell:b')
    expect(w.find('[data-tooltip]').text()).toBe('cell:b')
    await press('End')
    expect(document.activeElement!.getAttribute('data-mark')).toBe('cell:c')
    await press('Escape')
    expect(document.activeElement).toBe(root)
    expect(w.find('[data-tooltip]').exists()).toBe(false)
    expect(reached).toEqual(['ArrowRight'])
    window.removeEventListener('keydown', listener)
    w.unmount()
  })

  it('keeps focus on the pressed control when the marks reorder', async () => {
    const w = mount(Grid, { attachTo: document.body })
    const root = w.find('[data-chart="grid"]').element as HTMLElement
    root.focus()
    const press = async (key: string) => {
      (document.activeElement as HTMLElement).dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }))
      await settle()
    }
    await press('Enter')
    await press('ArrowRight')
    await press(' ')
    expect(w.findAll('button').map(b => b.text())).toEqual(['c', 'b', 'a'])
    expect(document.activeElement!.getAttribute('data-mark')).toBe('head:b')
    await press('ArrowRight')
    expect(document.activeElement!.getAttribute('data-mark')).toBe('head:a')
    await press('Enter')
    expect(w.findAll('button').map(b => b.text())).toEqual(['a', 'b', 'c'])
    expect(document.activeElement!.getAttribute('data-mark')).toBe('head:a')
    w.unmount()
  })
})

/** Three marks with details, for the pointer and the finger. */
const Dots = defineComponent({
  setup() {
    const focus = useMarkFocus({ grid: () => [['a', 'b', 'c']] })
    const tip = () => (focus.shown.value ? { at: { x: 0, y: 0, width: 1, height: 1 }, plot: { width: 10, height: 10 } } : null)
    return () => h(ChartFigure, { chart: 'dots', label: 'Dots', description: 'Three marks.', focus, tip: tip() }, {
      default: () => h('div', [
        ...['a', 'b', 'c'].map(k => h('span', { key: k, ...focus.markProps(k, `mark ${k}`) }, k)),
        h('p', { 'data-elsewhere': '' }, 'text'),
      ]),
      tooltip: () => focus.shown.value,
    })
  },
})

describe('ChartFigure with a finger', () => {
  const tap = async (el: Element) => {
    document.dispatchEvent(new Event('touchstart'))
    el.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, pointerType: 'touch' }))
    // What the browser makes up after a tap: the mouse entering, then a click from the finger.
    el.dispatchEvent(new MouseEvent('mouseenter'))
    el.dispatchEvent(new PointerEvent('click', { bubbles: true, pointerType: 'touch' }))
    await settle()
  }
  const details = () => document.querySelector('[data-chart="dots"] [data-tooltip]')?.textContent ?? null

  it('a tap shows a mark\'s details and a second tap hides them; a tap on another mark moves them', async () => {
    const w = mount(Dots, { attachTo: document.body })
    const mark = (k: string) => w.find(`[data-mark="${k}"]`).element
    await tap(mark('a'))
    expect(details()).toBe('a')
    await tap(mark('b'))
    expect(details()).toBe('b')
    await tap(mark('b'))
    expect(details()).toBe(null)
    w.unmount()
  })

  it('a tap elsewhere hides them; the mouse still shows them on hover only', async () => {
    const w = mount(Dots, { attachTo: document.body })
    await tap(w.find('[data-mark="c"]').element)
    expect(details()).toBe('c')
    // The emulated mouse leaving the mark (a tap elsewhere) does not hide them; the tap itself does.
    w.find('[data-mark="c"]').element.dispatchEvent(new MouseEvent('mouseleave'))
    await settle()
    expect(details()).toBe('c')
    w.find('[data-elsewhere]').element.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, pointerType: 'touch' }))
    await settle()
    expect(details()).toBe(null)
    await new Promise(r => setTimeout(r, 900))
    await w.find('[data-mark="a"]').trigger('mouseenter')
    expect(details()).toBe('a')
    await w.find('[data-mark="a"]').trigger('click')
    expect(details()).toBe('a')
    await w.find('[data-mark="a"]').trigger('mouseleave')
    expect(details()).toBe(null)
    w.unmount()
  })
})
