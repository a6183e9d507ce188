import { resolve } from 'node:path'
import type { Plugin } from 'vite'
import { checkDataFolder } from './check-files'
import { formatProblem } from './format-issues'

/**
 * Refuses invalid data in `slidev` (dev) and `slidev build`: the server or the build stops with one line per
 * problem, each naming the file, the JSON path and what was expected. While the dev server runs, an invalid edit
 * shows the same message in the browser's error overlay and the slides keep their last good data.
 */
export function validateData(root: string): Plugin {
  const dir = resolve(root, 'data')
  const check = () => {
    const problems = checkDataFolder(dir)
    return problems.length ? `Invalid data in data/:\n${problems.map(formatProblem).join('\n')}` : null
  }
  return {
    name: 'deck:validate-data',
    enforce: 'pre',
    buildStart() {
      const message = check()
      if (message)
        this.error(message)
    },
    handleHotUpdate({ file, server }) {
      if (!file.startsWith(dir) || !file.endsWith('.json'))
        return
      const message = check()
      if (!message)
        return
      server.config.logger.error(message)
      server.ws.send({ type: 'error', err: { message, stack: '', plugin: 'deck:validate-data', id: file } })
      return []
    },
  }
}
