import { describe, expect, it } from 'vitest'
import { openness } from '../../data'
import { hubUpdated } from '../../lib/openness/hub-date'

describe('hubUpdated: no relative dates on a slide', () => {
  it('keeps an absolute date and refuses to show a relative one', () => {
    expect(hubUpdated('Nov 14, 2023')).toBe('Updated Nov 14, 2023')
    expect(hubUpdated('9 days ago')).toBeNull()
    expect(hubUpdated('about 1 month ago')).toBeNull()
    expect(hubUpdated('yesterday')).toBeNull()
  })

  it('leaves no "ago" in what the Llama 2 hub slide shows', () => {
    for (const e of openness.openWeights.entries)
      expect(hubUpdated(e.updated) ?? '').not.toMatch(/ago/)
  })
})
