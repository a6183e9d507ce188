import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = resolve(import.meta.dirname, '../..')
const files = (dir: string, ending: RegExp): string[] => readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
  .filter(e => e.isFile() && ending.test(e.name)).map(e => relative(root, join(e.parentPath, e.name)))
const read = (file: string) => readFileSync(join(root, file), 'utf8')

const palette = read('styles/palette.css')
const defined = [...palette.matchAll(/^\s*(--[\w-]+):/gm)].map(m => m[1]!)
const views = [...files('components', /\.vue$/), ...files('layouts', /\.vue$/)]
const sheets = files('styles', /\.css$/).filter(f => f !== 'styles/palette.css')

/** Colours written out: #hex, and rgb()/rgba() of anything but black (shadows are black at some opacity). */
function colourLiterals(css: string): string[] {
  return [...css.matchAll(/(?<![&\w])#[\da-f]{3,8}\b|rgba?\((?!0[ ,]+0[ ,]+0\b)[^)]*\)/gi)].map(m => m[0])
}
/** A view's style blocks: its CSS, without the template's `url(#id)` references. */
const styleOf = (file: string) => [...read(file).matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map(m => m[1]).join('\n')

describe('the palette', () => {
  it('defines each variable once', () => {
    expect(defined.length).toBeGreaterThan(40)
    expect(defined.filter((v, i) => defined.indexOf(v) !== i)).toEqual([])
  })

  it('is the only place a colour is written: components, layouts and the other style sheets name its variables', () => {
    const literals = [...views.map(f => [f, styleOf(f)] as const), ...sheets.map(f => [f, read(f)] as const)]
      .flatMap(([file, css]) => colourLiterals(css).map(c => `${file}: ${c}`))
    expect(views.length).toBeGreaterThan(40)
    expect(literals).toEqual([])
  })

  it('defines every --chart- and --deck- variable that is used', () => {
    const used = new Set([...views, ...sheets, ...files('slides', /\.md$/)]
      .flatMap(f => [...read(f).matchAll(/var\((--(?:chart|deck)-[\w-]+)/g)].map(m => m[1]!)))
    expect(used.size).toBeGreaterThan(30)
    expect([...used].filter(v => !defined.includes(v))).toEqual([])
  })

  it('finds a colour written out (the check can fail)', () => {
    expect(colourLiterals('.a { color: #c3ccd6; border: 1px solid rgba(31, 78, 121, 0.25); box-shadow: 0 0 4px rgb(0 0 0 / 0.2) }'))
      .toEqual(['#c3ccd6', 'rgba(31, 78, 121, 0.25)'])
  })
})
