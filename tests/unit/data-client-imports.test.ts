import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

// The deck's data is validated at build time by the Vite plugin (data/index.ts), so the browser never needs zod or
// the validator's JSON parser. One value import of a schema or parsing module from code the slides load would ship the
// validator with it (and, under `slidev`, make Vite bundle a dependency late and reload the open pages).
const VALIDATOR_ONLY = ['zod', 'jsonc-parser']
const root = resolve(import.meta.dirname, '../..')
const entries = ['components', 'composables', 'setup', 'layouts', 'data/sets']

const filesUnder = (dir: string): string[] => readdirSync(dir).flatMap((f) => {
  const p = join(dir, f)
  return statSync(p).isDirectory() ? filesUnder(p) : /\.(ts|vue)$/.test(f) ? [p] : []
})

/** The modules a file imports as values (`import type` and `type`-only specifiers are erased by the compiler). */
function valueImports(file: string): string[] {
  const text = readFileSync(file, 'utf8')
  return [...text.matchAll(/^\s*import\s+(?!type\s)([^'"]*?)\s*(?:from\s*)?['"]([^'"]+)['"]/gm)]
    .filter(([, clause]) => {
      const names = clause!.match(/\{([^}]*)\}/)?.[1]
      const onlyTypes = names !== undefined && !/^[\w$]/.test(clause!.trim())
        && names.split(',').map(s => s.trim()).filter(Boolean).every(s => s.startsWith('type '))
      return !onlyTypes
    })
    .map(([, , spec]) => spec!)
}

function resolveLocal(from: string, spec: string): string | undefined {
  if (!spec.startsWith('.'))
    return undefined
  const base = resolve(dirname(from), spec)
  return [base, `${base}.ts`, join(base, 'index.ts')].find(p => existsSync(p) && statSync(p).isFile())
}

describe('code loaded by the slides', () => {
  it('never imports zod, jsonc-parser or a module that does, as a value', () => {
    const seen = new Set<string>()
    const offenders: string[] = []
    const queue = entries.filter(d => existsSync(join(root, d))).flatMap(d => filesUnder(join(root, d)))
    while (queue.length) {
      const file = queue.pop()!
      if (seen.has(file))
        continue
      seen.add(file)
      for (const spec of valueImports(file)) {
        if (VALIDATOR_ONLY.some(dep => spec === dep || spec.startsWith(`${dep}/`)))
          offenders.push(`${relative(root, file)} imports ${spec}`)
        const local = resolveLocal(file, spec)
        if (local)
          queue.push(local)
      }
    }
    expect(seen.size).toBeGreaterThan(50)
    expect(offenders).toEqual([])
  })

  it('finds a value import of zod where there is one', () => {
    // The check above would pass vacuously if the parser missed imports: it must see the schemas' own.
    expect(valueImports(join(root, 'lib/data/fmti-editions-schema.ts'))).toContain('zod')
    expect(valueImports(join(root, 'lib/data/parse-json.ts'))).not.toContain('zod')
    expect(valueImports(join(root, 'lib/data/json-scan.ts'))).toContain('jsonc-parser')
  })
})
