/**
 * The search in the browser: the index file (dist/search-index.json) fetched, and MiniSearch loaded, the first time
 * the search opens; once per page.
 */
import type { LoadedSearch, SearchIndexFile } from './engine'
import { SEARCH_INDEX_FILE } from './index-file'

let loading: Promise<LoadedSearch> | undefined

export function loadDeckSearch(base: string): Promise<LoadedSearch> {
  const start = performance.now()
  loading ??= Promise.all([
    import('./engine'),
    fetch(`${base}${SEARCH_INDEX_FILE}`).then((r) => {
      if (!r.ok)
        throw new Error(`${SEARCH_INDEX_FILE}: HTTP ${r.status}`)
      return r.json() as Promise<SearchIndexFile>
    }),
  ]).then(([engine, file]) => {
    const search = engine.loadSearch(file)
    // npm run bench reads it: fetching the index and MiniSearch's code, parsing, loading.
    performance.measure('search index load', { start })
    return search
  })
  loading.catch(() => {
    loading = undefined
  })
  return loading
}
