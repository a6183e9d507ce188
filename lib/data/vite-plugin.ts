import { basename, dirname, resolve } from 'node:path'
import type { Plugin } from 'vite'
import { checkDataFolder } from './check-files'
import { DataError, formatProblem } from './format-issues'
import { parseJsonText, validate } from './parse-json'
import { dataSchemas } from './registry'

/**
 * Guards data/ in `slidev` (dev), `slidev build` and Vitest:
 * - at start, every file is checked; the server or the build stops with one line per problem, each naming the
 *   file, the JSON path and what was expected;
 * - each data file a module imports is parsed and validated against its schema here, and what the module gets is
 *   the schema's output (trimmed, defaults filled in), so the browser needs no validator of its own;
 * - while the dev server runs, an invalid edit shows the same message in the browser's error overlay and the slides
 *   keep their last good data.
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
    transform(code, id) {
      const file = id.split('?')[0]!
      const schema = dirname(file) === dir ? dataSchemas[basename(file)] : undefined
      if (!schema)
        return null
      const name = `data/${basename(file)}`
      try {
        return { code: JSON.stringify(validate(name, schema, parseJsonText(name, code))), map: null }
      }
      catch (e) {
        if (e instanceof DataError)
          this.error(`Invalid data in data/:\n${e.message}`)
        throw e
      }
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
