import type { RouteRecordRaw } from 'vue-router'
import { defineRoutesSetup } from '@slidev/types'

// The students' reading view: /read/12 shows slide 12, fully revealed, with the lecturer's notes (not the presenter
// view: no timer, no next-slide pane).
export default defineRoutesSetup((routes: RouteRecordRaw[]) => [
  { name: 'read', path: '/read/:no', component: () => import('../reading/ReadingView.vue') },
  { path: '/read', redirect: { path: '/read/1' } },
  // The search over slides, notes, code and chart data: /search?q=… (search/SearchPage.vue).
  { name: 'search', path: '/search', component: () => import('../search/SearchPage.vue') },
  ...routes,
])
