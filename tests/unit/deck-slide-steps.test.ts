import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = resolve(import.meta.dirname, '../..')
const files = ['slides.md', ...readdirSync(resolve(root, 'slides')).filter(f => f.endsWith('.md')).map(f => `slides/${f}`)]
const texts = files.map(f => [f, readFileSync(resolve(root, f), 'utf8')] as const)

describe('the slides state no chart\'s steps (each chart registers its own, composables/useChartStep.ts)', () => {
  it.each(texts)('%s: no clicks: in a frontmatter, no $clicks, no print mode passed to a component', (_, text) => {
    expect(text).not.toMatch(/^clicks:/m)
    expect(text).not.toContain('$clicks')
    expect(text).not.toContain('$printMode')
  })
  it('still shows the stepped charts', () => {
    const all = texts.map(t => t[1]).join('\n')
    for (const chart of ['GptEvolution', 'FmtiHeatmap', 'FmtiTrend', 'OpennessMatrix', 'ModelTimeline', 'ModelRelations'])
      expect(all, chart).toContain(`<${chart} />`)
  })
})
