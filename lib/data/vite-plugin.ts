import { existsSync } from 'node:fs'
import { basename, dirname, resolve } from 'node:path'
import type { Plugin, ViteDevServer } from 'vite'
import { DATA_ERRORS_EVENT } from '../dev/data-errors-overlay'
import { readDataFolder } from './check-files'
import { type DataProblem, formatProblem } from './format-issues'
import { dataSchemas } from './registry'

/** The browser's side (dev only): data/'s problems in Vite's error overlay. */
const CLIENT_ID = 'virtual:deck-data-errors'
const CLIENT = resolve(import.meta.dirname, '../dev/data-errors-overlay.ts')

const invalid = (problems: DataProblem[]) => `Invalid data in data/:\n${problems.map(formatProblem).join('\n')}`

/** What the plugin offers other plugins (`api`): each data file's last valid value, by file name. */
export interface CheckedData { values: () => Map<string, unknown> }

/**
 * Guards data/ in `slidev` (dev), `slidev build` and Vitest. At start every file is checked once (schema, references);
 * the server or build stops with one line per problem (file:line, JSON path, what was expected). An imported data file
 * is served as the schema's output (trimmed, defaults filled in), so the browser needs no validator. In dev, an invalid
 * edit shows in the error overlay (also after a reload) while the slides keep the file's last good output; fixing it
 * updates the slides in place and closes the overlay.
 */
export function validateData(root: string): Plugin {
  const dir = resolve(root, 'data')
  let server: ViteDevServer | undefined
  /** Each data file's (by name) last valid value, with the text it was made from. */
  const checked = new Map<string, { text: string, value: unknown }>()
  /** Dev only: data/'s problems as the overlay shows them (message null when every file is valid). */
  let shown: { message: string | null, id: string } = { message: null, id: '' }

  /** The data file (by name) a module id is, if any. */
  const dataFile = (id: string) => {
    const path = id.split('?')[0]!
    return dirname(path) === dir && dataSchemas[basename(path)] ? basename(path) : undefined
  }
  const check = (replace?: { file: string, text: string }) => {
    const { problems, values, texts } = readDataFolder(dir, 'data', replace)
    for (const [file, value] of values)
      checked.set(file, { text: texts.get(file)!, value })
    return {
      problems,
      message: problems.length ? invalid(problems) : null,
      id: problems.length ? resolve(root, problems[0]!.file) : '', // the overlay names the first broken file
      broken: new Set(problems.map(p => basename(p.file))),
    }
  }

  return {
    name: 'deck:validate-data',
    enforce: 'pre',
    api: { values: () => new Map([...checked].map(([file, { value }]) => [file, value])) } satisfies CheckedData,
    configureServer(s) {
      server = s
      s.ws.on(`${DATA_ERRORS_EVENT}?`, (_data, client) => client.send(DATA_ERRORS_EVENT, shown))
    },
    buildStart() {
      const { message } = check()
      if (message)
        this.error(message)
    },
    resolveId(id) {
      return server && id === CLIENT_ID ? CLIENT : null
    },
    load(id) {
      // A data file removed while the dev server runs (or caught mid-rename by an editor): its last good version.
      const out = server && dataFile(id) && checked.get(dataFile(id)!)
      return out && !existsSync(id.split('?')[0]!) ? JSON.stringify(out.value) : null
    },
    transform(code, id, options) {
      if (server && !options?.ssr && id.split('?')[0]!.endsWith('/@slidev/client/main.ts'))
        return { code: `import ${JSON.stringify(CLIENT_ID)};\n${code}`, map: null }
      const file = dataFile(id)
      if (!file)
        return null
      const problems = checked.get(file)?.text === code ? [] : check({ file, text: code }).problems
      const out = checked.get(file)
      // A broken file: the dev server's slides keep its last good data (the overlay says why); build and Vitest stop.
      if (out && (out.text === code || (server && !options?.ssr)))
        return { code: JSON.stringify(out.value), map: null }
      this.error(invalid(problems.filter(p => p.file === `data/${file}`)))
    },
    handleHotUpdate({ file, server }) {
      if (!file.startsWith(`${dir}/`) || !file.endsWith('.json'))
        return
      const { message, id, broken } = check()
      if (message)
        server.config.logger.error(message, { timestamp: true })
      else if (shown.message)
        server.config.logger.info('data/ is valid again', { timestamp: true })
      // Sent on every save while something is broken, so an overlay the lecturer dismissed comes back.
      if (message || shown.message)
        server.ws.send(DATA_ERRORS_EVENT, { message, id })
      shown = { message, id }
      // A broken file updates nothing (the slides keep its last good data); a valid one updates the slides that show it.
      if (broken.has(basename(file)))
        return []
    },
  }
}
