import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { OSAI_LANDSCAPE_GEOMETRY, osaiLandscapeLayout } from '../../lib/osai/landscape-layout'

const root = resolve(import.meta.dirname, '../..')
const data = JSON.parse(readFileSync(resolve(root, 'data/osai-index.json'), 'utf8'))

describe('osai landscape layout on a phone (width)', () => {
  const L = osaiLandscapeLayout(data)
  it('keeps the slide\'s geometry without a width', () => {
    expect(L).toMatchObject({ phone: false, width: OSAI_LANDSCAPE_GEOMETRY.width, height: OSAI_LANDSCAPE_GEOMETRY.height })
    expect(L.panel.x).toBe(L.plotRight + 24)
  })
  for (const width of [302, 332]) {
    const P = osaiLandscapeLayout(data, { width })
    it(`at ${width} px: the plot scrolls beside its score axis, every dot inside it`, () => {
      expect(P.phone).toBe(true)
      expect(P.width).toBeGreaterThan(width)
      expect(P.left).toBe(44)
      expect(P.nodes.length).toBe(data.models.filter((m: { released?: string }) => m.released).length)
      for (const n of P.nodes) {
        expect(n.x - P.radius, n.id).toBeGreaterThanOrEqual(P.left)
        expect(n.x + P.radius, n.id).toBeLessThanOrEqual(P.plotRight)
        expect(n.y, n.id).toBeGreaterThanOrEqual(P.top)
        expect(n.y, n.id).toBeLessThanOrEqual(P.plotBottom)
      }
      expect(P.years.map(y => y.year)).toEqual(L.years.map(y => y.year))
    })
    it(`at ${width} px: the shares panel under the plot at the screen's width`, () => {
      expect(P.panel.width).toBe(width)
      expect(P.panel.x + P.panel.barWidth + 8 + 24).toBeLessThanOrEqual(width)
    })
  }
})
