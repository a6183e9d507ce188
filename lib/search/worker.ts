/**
 * The search, off the page's main thread: this worker fetches the index (dist/search-index.json), has MiniSearch
 * load it (its JSON parsed and its tree rebuilt: the costly part, beside the app's own start on the main thread) and
 * answers each query with its results, grouped by slide. Messages: see lib/search/load.ts.
 */
import { type LoadedSearch, loadSearch, type SearchIndexFile } from './engine'
import { SEARCH_INDEX_FILE } from './index-file'
import type { SearchReply, SearchRequest } from './load'

let loaded: Promise<LoadedSearch> | undefined
const reply = (m: SearchReply) => postMessage(m)

addEventListener('message', (event: MessageEvent<SearchRequest>) => {
  const m = event.data
  if (m.type === 'load') {
    loaded ??= fetch(`${m.base}${SEARCH_INDEX_FILE}`).then((r) => {
      if (!r.ok)
        throw new Error(`${SEARCH_INDEX_FILE}: HTTP ${r.status}`)
      return r.json() as Promise<SearchIndexFile>
    }).then(loadSearch)
    loaded.then(() => reply({ type: 'ready' }), (e: unknown) => reply({ type: 'failed', message: String(e) }))
  }
  else if (loaded) {
    loaded.then(s => reply({ type: 'results', id: m.id, results: s.search(m.text) }), () => {})
  }
})
