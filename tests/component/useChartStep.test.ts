// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { defineComponent, h, nextTick, ref } from 'vue'
import { createFixedClicks } from '../helpers/slidev-clicks.js'
import FmtiTrend from '../../components/charts/FmtiTrend.vue'
import QuoteWall from '../../components/content/QuoteWall.vue'
import { fmtiEditions, transparency } from '../../data'
import { TREND_STEPS, trendLayout, trendStepCaption } from '../../lib/fmti/trend-layout'

/**
 * A slide as Slidev mounts one: its clicks context provided under Slidev's key and counted once the slide mounts,
 * with the stepped components inside. `clicks` is the slide's click, as the presenter's → sets it.
 */
function slideWith(...children: ReturnType<typeof defineComponent>[]) {
  const clicks = ref(0)
  const context = createFixedClicks(undefined, clicks)
  const Slide = defineComponent({
    setup() {
      context.setup()
      return () => h('div', children.map(c => h(c)))
    },
  })
  const w = mount(Slide, {
    global: { provide: { '$$slidev-clicks-context': ref(context) }, stubs: { EmphasisText: true, SourceLink: true } },
    attachTo: document.body,
  })
  return { w, context, go: async (n: number) => { clicks.value = n; await nextTick(); await nextTick() } }
}

describe('useChartStep: a chart owns its click steps', () => {
  it('registers its last step with the slide, which then needs no clicks:', async () => {
    const { w, context, go } = slideWith(FmtiTrend)
    await nextTick()
    expect(context.total).toBe(TREND_STEPS)
    const chart = () => w.find('[data-chart="fmti-trend"]')
    expect(chart().attributes('data-step')).toBe('0')
    await go(2)
    expect(chart().attributes('data-step')).toBe('2')
    await go(99)
    expect(chart().attributes('data-step')).toBe(String(TREND_STEPS))
    w.unmount()
  })

  it('counts two stepped components on one slide one after the other', async () => {
    const { w, context, go } = slideWith(QuoteWall, FmtiTrend)
    await nextTick()
    const quotes = transparency.quotes.length - 1
    expect(context.total).toBe(quotes + TREND_STEPS)
    const shownQuotes = () => w.findAll('.card').filter(c => !c.classes().includes('step-hidden')).length
    await go(quotes)
    expect(shownQuotes()).toBe(quotes + 1)
    expect(w.find('[data-chart="fmti-trend"]').attributes('data-step')).toBe('0')
    await go(quotes + 1)
    expect(w.find('[data-chart="fmti-trend"]').attributes('data-step')).toBe('1')
    w.unmount()
  })

  it('says what a step shows in a polite live region when the lecturer moves, not when it is first drawn', async () => {
    const { w, go } = slideWith(FmtiTrend)
    await nextTick()
    const region = () => w.find('[data-step-announcer]')
    expect(region().attributes('aria-live')).toBe('polite')
    expect(region().text()).toBe('')
    await go(1)
    const layout = trendLayout(fmtiEditions.editions)
    expect(region().text()).toBe(trendStepCaption(layout, 1, d => d))
    expect(region().text()).toContain(layout.columns[1]!.label)
    w.unmount()
  })

  it('marks the plot ready once the slide has counted its clicks', async () => {
    const { w } = slideWith(FmtiTrend)
    await nextTick()
    expect(w.find('[data-chart="fmti-trend"] [data-ready]').exists()).toBe(true)
    w.unmount()
  })

  it('draws its final step outside a slide', () => {
    const w = mount(FmtiTrend)
    expect(w.find('[data-chart="fmti-trend"]').attributes('data-step')).toBe(String(TREND_STEPS))
    w.unmount()
  })
})
