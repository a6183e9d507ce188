import type { RouteRecordRaw } from 'vue-router'
import { defineRoutesSetup } from '@slidev/types'
import { START_LOCATION } from 'vue-router'
import { browserStorage, lastRead, NARROW_PORTRAIT, readingKeys, readingRedirect } from '../lib/deck/reading-route'

const keys = readingKeys(import.meta.env.BASE_URL)

// The students' reading view: /read/12 shows slide 12, fully revealed, with the lecturer's notes (not the presenter
// view: no timer, no next-slide pane); /read reopens the slide last read. On a phone (a narrow portrait screen) a
// slide's address opens its reading view, until the student chooses the projector layout ("放映此页") for the session.
export default defineRoutesSetup((routes: RouteRecordRaw[]) => {
  const play = routes.find(r => r.name === 'play')
  if (play) {
    play.beforeEnter = (to, from) => {
      const path = readingRedirect({
        no: String(to.params.no),
        fromRoot: to.redirectedFrom?.path === '/',
        query: to.query,
        arriving: from === START_LOCATION,
        fromReading: from.name === 'read',
        narrowPortrait: typeof matchMedia === 'function' && matchMedia(NARROW_PORTRAIT).matches,
        projectorChosen: browserStorage('sessionStorage')?.getItem(keys.projector) === '1',
      })
      // The address's own state (a chart's edition, sort or open cell) comes along; the click count does not.
      const { clicks: _, ...query } = to.query
      return path ? { path, query } : true
    }
  }
  return [
    {
      name: 'read',
      path: '/read/:no',
      component: () => import('../reading/ReadingView.vue'),
      // Back in the reading view from a slide (the slide controls' notebook button): slide addresses open it again.
      beforeEnter: (_to, from) => {
        if (from.name === 'play')
          browserStorage('sessionStorage')?.removeItem(keys.projector)
      },
    },
    // The slide count is not known here: ReadingView clamps a number past the last slide.
    { path: '/read', redirect: () => ({ path: `/read/${lastRead(browserStorage('localStorage'), keys.lastRead) ?? 1}` }) },
    // The search over slides, notes, code and chart data: /search?q=… (search/SearchPage.vue).
    { name: 'search', path: '/search', component: () => import('../search/SearchPage.vue') },
    ...routes,
  ]
})
