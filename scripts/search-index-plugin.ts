import type { Plugin } from 'vite'
import type { CheckedData } from '../lib/data/vite-plugin'
import { SEARCH_INDEX_FILE } from '../lib/search/index-file'
import { searchIndexFile } from './search-index'

/**
 * The search index (scripts/search-index.ts) as a file of the site: written into dist/ by every build (where the
 * service worker precaches it with the rest) and served by the dev server, rebuilt when a slide or data file changes.
 */
export function searchIndex(root: string): Plugin {
  let cached: Promise<string> | undefined
  // The data as the data plugin checked it (each file parsed once per build), where that plugin runs.
  let data: CheckedData | undefined
  const json = () => (cached ??= searchIndexFile(root, data?.values()).then(f => JSON.stringify(f)))
  return {
    name: 'search-index',
    configResolved(config) {
      data = config.plugins.find(p => p.name === 'deck:validate-data')?.api as CheckedData | undefined
    },
    configureServer(server) {
      server.watcher.on('change', (file) => {
        if (/\/(slides|data)\/|slides\.md$/.test(file))
          cached = undefined
      })
      server.middlewares.use(async (req, res, next) => {
        if (req.url?.split('?')[0] !== `${server.config.base}${SEARCH_INDEX_FILE}`)
          return next()
        try {
          const body = await json()
          res.setHeader('Content-Type', 'application/json; charset=utf-8')
          res.end(body)
        }
        catch (e) {
          cached = undefined
          next(e)
        }
      })
    },
    async generateBundle() {
      this.emitFile({ type: 'asset', fileName: SEARCH_INDEX_FILE, source: await json() })
    },
  }
}
