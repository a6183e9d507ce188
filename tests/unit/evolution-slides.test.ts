import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { gptEvolution } from '../../data'
import { evolutionSteps } from '../../lib/evolution/steps'

const slidesDir = resolve(import.meta.dirname, '../../slides')
const withTree = readdirSync(slidesDir).filter(f => f.endsWith('.md'))
  .map(f => readFileSync(resolve(slidesDir, f), 'utf8'))
  .filter(text => text.includes('<GptEvolution'))

describe('the slide of the evolution graph', () => {
  it('is in one chapter file', () => {
    expect(withTree).toHaveLength(1)
  })
  it('declares one click per step after the first, as the data\'s months give them', () => {
    const text = withTree[0]!
    const before = text.slice(0, text.indexOf('<GptEvolution'))
    // The slide's frontmatter lies between the last two "---" lines before the component.
    const frontmatter = before.split(/^---$/m).at(-2)!
    const steps = evolutionSteps(gptEvolution.nodes.map(n => n.released), gptEvolution.stepByMonthThrough)
    expect(Number(/^clicks: (\d+)$/m.exec(frontmatter)?.[1])).toBe(steps.length - 1)
  })
  it('passes the clicks as the step and turns animation off in print', () => {
    expect(withTree[0]).toContain('<GptEvolution :step="$clicks" :animate="!$printMode" />')
  })
})
