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
