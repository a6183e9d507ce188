import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { instructionFormats } from '../../data'

// The format examples are fenced code blocks in the slide (for Slidev's Shiki highlighting and click steps) and
// also data: these tests keep the two identical.
const slide = readFileSync(resolve(import.meta.dirname, '../../slides/03-landscape.md'), 'utf8')
const blocks = [...slide.matchAll(/```(\w+) \{([^}]*)\}\n([\s\S]*?)\n```[\s\S]*?<FormatSteps id="([\w-]+)"/g)]
  .map(([, language, spec, code, id]) => ({ id: id!, language: language!, spec: spec!, code: code! }))
const lineNumbers = (ranges: string) => ranges.split(',').flatMap((part) => {
  const [a, b = a] = part.split('-').map(Number) as [number, number?]
  return Array.from({ length: b! - a + 1 }, (_, i) => a + i)
})

describe('the format examples on slides/03-landscape.md', () => {
  it('has one code block per example, in the data\'s order', () => {
    expect(blocks.map(b => b.id)).toEqual(instructionFormats.examples.map(e => e.id))
  })
  for (const e of instructionFormats.examples) {
    it(`shows the code of "${e.id}" exactly as data/instruction-formats.json`, () => {
      const block = blocks.find(b => b.id === e.id)!
      expect(block.code).toBe(e.code)
      expect(block.language).toBe(e.language)
    })
    it(`highlights the lines of "${e.id}" in the data's steps, one range per click`, () => {
      expect(blocks.find(b => b.id === e.id)!.spec).toBe(e.steps.map(s => s.lines).join('|'))
    })
  }
  it('highlights the field a step names (a label "instruction：…" highlights the "instruction" line)', () => {
    let checked = 0
    for (const e of instructionFormats.examples.filter(x => x.language === 'json')) {
      const lines = e.code.split('\n')
      for (const s of e.steps) {
        const field = /^([A-Za-z_ ]+[A-Za-z_])：/.exec(s.label)?.[1]
        if (!field || field === 'from')
          continue
        const highlighted = lineNumbers(s.lines).map(n => lines[n - 1]!)
        expect(highlighted.some(l => l.includes(`"${field}"`)), `${e.id} step ${s.lines}: ${field}`).toBe(true)
        checked++
      }
    }
    expect(checked).toBeGreaterThan(15)
  })
  it('writes StackLLaMA\'s score formula exactly as the data\'s TeX', () => {
    const tex = /\$\$\n([\s\S]*?)\n\$\$/.exec(slide)?.[1]
    expect(tex).toBe(instructionFormats.formula.tex)
  })
})

describe('speaker notes', () => {
  it('end every slide of the chapter, in Chinese', () => {
    // Each slide's body ends with an HTML comment; count slides by their level-1 headings.
    const headings = slide.match(/^# /gm)!.length
    const notes = [...slide.matchAll(/<!--\n([\s\S]*?)\n-->/g)].map(m => m[1]!)
    expect(notes).toHaveLength(headings)
    for (const n of notes)
      expect(n).toMatch(/[\u4E00-\u9FFF]{10}/)
  })
})
