/**
 * The search in the browser: a worker (lib/search/worker.ts) fetches the index file (dist/search-index.json) and
 * loads it into MiniSearch the first time the search opens, once per page, without holding up the page; each query
 * is answered there.
 */
import type { SlideResult } from './engine'

export type SearchRequest = { type: 'load', base: string } | { type: 'search', id: number, text: string }
export type SearchReply = { type: 'ready' } | { type: 'failed', message: string } | { type: 'results', id: number, results: SlideResult[] }

export interface DeckSearch {
  search: (text: string) => Promise<SlideResult[]>
}

let loading: Promise<DeckSearch> | undefined

export function loadDeckSearch(base: string): Promise<DeckSearch> {
  loading ??= new Promise<DeckSearch>((resolve, reject) => {
    const start = performance.now()
    const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' })
    const waiting = new Map<number, (results: SlideResult[]) => void>()
    let next = 0
    const search: DeckSearch = {
      search: text => new Promise((done) => {
        const id = next++
        waiting.set(id, done)
        worker.postMessage({ type: 'search', id, text } satisfies SearchRequest)
      }),
    }
    worker.addEventListener('message', (event: MessageEvent<SearchReply>) => {
      const m = event.data
      if (m.type === 'ready') {
        // npm run bench reads it: the worker started, the index fetched, parsed and loaded.
        performance.measure('search index load', { start })
        resolve(search)
      }
      else if (m.type === 'failed') {
        worker.terminate()
        reject(new Error(m.message))
      }
      else {
        waiting.get(m.id)?.(m.results)
        waiting.delete(m.id)
      }
    })
    worker.addEventListener('error', (e) => {
      worker.terminate()
      reject(new Error(`search worker: ${e.message}`))
    })
    worker.postMessage({ type: 'load', base } satisfies SearchRequest)
  })
  loading.catch(() => {
    loading = undefined
  })
  return loading
}
