import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { type CheckedData, validateData } from '../../lib/data/vite-plugin'
import { readDeckData } from '../../scripts/search-index'

const project = resolve(import.meta.dirname, '../..')
/** The line of a text's first `needle`. */
const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length

/** A copy of the project's data/ folder in a temporary root, optionally with one file broken. */
function rootWithData(file?: string, edit?: (text: string) => string): string {
  const root = mkdtempSync(join(tmpdir(), 'deck-root-'))
  cpSync(join(project, 'data'), join(root, 'data'), { recursive: true })
  if (file && edit) {
    const path = join(root, 'data', file)
    writeFileSync(path, edit(readFileSync(path, 'utf8')))
  }
  return root
}

function runBuildStart(root: string) {
  const plugin = validateData(root)
  const error = vi.fn((message: string) => { throw new Error(message) })
  // Vite calls buildStart with its plugin context; error() is the only part the plugin uses.
  const hook = plugin.buildStart as unknown as (this: { error: typeof error }) => void
  return () => hook.call({ error })
}

describe('the validate-data Vite plugin (dev and build)', () => {
  it('lets valid data through', () => {
    expect(runBuildStart(rootWithData())).not.toThrow()
  })
  it('stops the build on malformed JSON, naming the file and the position', () => {
    const start = runBuildStart(rootWithData('fmti-2023.json', text => text.replace('"caption"', '"caption" "')))
    expect(start).toThrow(/data\/fmti-2023\.json: \(root\): expected valid JSON, got a syntax error at line \d+, column \d+/)
  })
  it('stops the build on a value out of range, naming the line and the JSON path', () => {
    const root = rootWithData('fmti-editions.json', text => text.replace('"scores": [1,', '"scores": [2,'))
    const line = lineOf(readFileSync(join(root, 'data/fmti-editions.json'), 'utf8'), '"scores": [2,')
    expect(runBuildStart(root)).toThrow(`data/fmti-editions.json:${line}: editions[0].developers[0].scores[0]: expected a score 0 or 1`)
  })
})

describe('the validate-data Vite plugin on import', () => {
  const transformOf = (root: string) => {
    const plugin = validateData(root)
    const error = vi.fn((message: string) => { throw new Error(message) })
    const hook = plugin.transform as unknown as (this: { error: typeof error }, code: string, id: string) => { code: string } | null
    return (code: string, id: string) => hook.call({ error }, code, id)
  }
  const root = rootWithData()
  const file = join(root, 'data/fmti-2023.json')
  const text = readFileSync(file, 'utf8')

  it('hands a module the schema\'s output', () => {
    const out = transformOf(root)(text.replace('"text": "', '"text": "  '), file)!
    expect(JSON.parse(out.code).caption.text).toBe(JSON.parse(text).caption.text)
  })
  it('refuses an invalid file with its path and expectation, its references to other files too', () => {
    expect(() => transformOf(root)(text.replace('"name": "Data",', '"name": "",'), file))
      .toThrow(`data/fmti-2023.json:${lineOf(text, '"name": "Data",')}: dimensions[0].name: expected a non-empty string`)
    const line = lineOf(text, '"subdomain": "data-labor"')
    expect(() => transformOf(root)(text.replace('"subdomain": "data-labor"', '"subdomain": "labour"'), file))
      .toThrow(new RegExp(`^Invalid data in data/:\ndata/fmti-2023\\.json:${line}: dimensions\\[1\\]\\.subdomain: expected a subdomain id of FMTI 2023-10 \\(data, data-labor, .*\\), got "labour"$`))
  })
  /** A plugin that has checked a copy of data/ at start, the copy then deleted: what it serves it cannot read again. */
  function checkedThenDeleted() {
    const fresh = rootWithData()
    const plugin = validateData(fresh)
    const context = { error: (message: string) => { throw new Error(message) } }
    ;(plugin.buildStart as unknown as (this: typeof context) => void).call(context)
    rmSync(join(fresh, 'data'), { recursive: true })
    const transform = plugin.transform as unknown as (this: typeof context, code: string, id: string) => { code: string }
    return { fresh, plugin, transform: (code: string, id: string) => transform.call(context, code, id) }
  }
  it('serves each file as the check at start made it, reading no file again', () => {
    const { fresh, transform } = checkedThenDeleted()
    expect(JSON.parse(transform(text, join(fresh, 'data/fmti-2023.json')).code)).toEqual(JSON.parse(text))
  })
  it('offers the checked values to other plugins: the search index reads no data file a second time', () => {
    const { fresh, plugin } = checkedThenDeleted()
    const data = readDeckData(fresh, (plugin.api as CheckedData).values())
    expect(data.fmti.models.map(m => m.developer)).toEqual(JSON.parse(text).models.map((m: { developer: string }) => m.developer))
    expect(data.landscapeModels.models.length).toBeGreaterThan(100)
  })
  it('leaves other JSON alone', () => {
    expect(transformOf(root)('{"a": 1}', join(root, 'package.json'))).toBeNull()
  })
})
