import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { validateData } from '../../lib/data/vite-plugin'

const project = resolve(import.meta.dirname, '../..')

/** A copy of the project's data/ folder in a temporary root, optionally broken. */
function rootWithData(edit?: (fmti: string) => string): string {
  const root = mkdtempSync(join(tmpdir(), 'deck-root-'))
  cpSync(join(project, 'data'), join(root, 'data'), { recursive: true })
  if (edit) {
    const file = join(root, 'data/fmti-2023.json')
    writeFileSync(file, edit(readFileSync(file, 'utf8')))
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
    const start = runBuildStart(rootWithData(text => text.replace('"edition"', '"edition" "')))
    expect(start).toThrow(/data\/fmti-2023\.json: \(root\): expected valid JSON, got a syntax error at line \d+, column \d+/)
  })
  it('stops the build on a value out of range, naming the JSON path', () => {
    const start = runBuildStart(rootWithData(text => text.replace(/"labor": \{\n(\s+)"jurassic-2": 0/, '"labor": {\n$1"jurassic-2": 12')))
    expect(start).toThrow('data/fmti-2023.json: scores.labor.jurassic-2: expected at most 7 (the indicators in "labor"), got 12')
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
    const out = transformOf(root)(text.replace('"edition": "', '"edition": "  '), file)!
    expect(JSON.parse(out.code).edition).toBe('Foundation Model Transparency Index v1.0')
  })
  it('refuses an invalid file with its path and expectation', () => {
    expect(() => transformOf(root)(text.replace('"published": "2023-10"', '"published": "October"'), file))
      .toThrow('data/fmti-2023.json: published: expected a month as YYYY-MM')
  })
  it('leaves other JSON alone', () => {
    expect(transformOf(root)('{"a": 1}', join(root, 'package.json'))).toBeNull()
  })
})
