// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { ref } from 'vue'
import LectureMap from '../../components/content/LectureMap.vue'

const go = vi.fn()
const page = ref(5)
const slide = (no: number, title: string, layout?: string) => ({ no, meta: { slide: { title, frontmatter: layout ? { layout } : {} } } })

vi.mock('@slidev/client', () => ({
  useNav: () => ({
    slides: ref([slide(1, 'Title', 'center'), slide(2, '本讲内容'), slide(3, '透明性', 'section'), slide(4, 'Heatmap'), slide(5, '开源', 'section'), slide(6, 'Matrix')]),
    go,
  }),
  useSlideContext: () => ({ $page: page }),
}))

describe('LectureMap', () => {
  it('lists the chapters and marks the one the slide is in', () => {
    const w = mount(LectureMap)
    const items = w.findAll('li')
    expect(items.map(li => li.text())).toEqual(['1透明性第 3–4 页', '2开源第 5–6 页'])
    expect(items.map(li => li.classes().find(c => ['done', 'current', 'next'].includes(c)))).toEqual(['done', 'current'])
    expect(items[1]!.attributes('aria-current')).toBe('step')
  })
  it('goes to a chapter when its entry is clicked', async () => {
    const w = mount(LectureMap)
    await w.findAll('a')[0]!.trigger('click')
    expect(go).toHaveBeenCalledWith(3)
  })
})
