import { useEventListener } from '@vueuse/core'
import { useRoute, useRouter } from 'vue-router'

/** Whether a key press is typing into a field (a `/` there is a character, not the search key). */
export const isTyping = (e: KeyboardEvent) => {
  const t = e.target as HTMLElement | null
  return !!t && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName))
}

/** The search page's address, remembering the page it was opened from (Escape goes back there). */
export const searchPath = (from: string) => ({ path: '/search', query: { from } })

/** The `/` key opens the search (the slides, the reading view; not the lecturer's presenter view). */
export function useSearchKey() {
  const router = useRouter()
  const route = useRoute()
  useEventListener('keydown', (e: KeyboardEvent) => {
    if (e.key !== '/' || e.altKey || e.ctrlKey || e.metaKey || isTyping(e) || route.path === '/search'
      || route.path.startsWith('/presenter'))
      return
    e.preventDefault()
    void router.push(searchPath(route.fullPath))
  })
}
