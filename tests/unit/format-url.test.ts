import { describe, expect, it } from 'vitest'
import { printUrl } from '../../lib/format/url'

describe('printUrl: links on paper', () => {
  it('drops the protocol, www., a trailing slash, query and fragment', () => {
    expect(printUrl('https://arxiv.org/abs/2307.09288')).toBe('arxiv.org/abs/2307.09288')
    expect(printUrl('https://www.example.edu/cs2916/')).toBe('example.edu/cs2916')
    expect(printUrl('https://x.ai/documents/RMF.pdf#page=6')).toBe('x.ai/documents/RMF.pdf')
    expect(printUrl('https://bair.berkeley.edu/blog/2023/04/03/koala/?utm=1')).toBe('bair.berkeley.edu/blog/2023/04/03/koala')
  })

  it('shortens a long path to its first and last segment', () => {
    expect(printUrl('https://github.com/chenfeng357/open-Chinese-ChatLLaMA')).toBe('github.com/chenfeng357/open-Chinese-ChatLLaMA')
    expect(printUrl('https://github.com/stanford-crfm/fmti/blob/main/fmti-2023/scores/all-indicators.csv'))
      .toBe('github.com/stanford-crfm/…/all-indicators.csv')
  })

  it('leaves what is not an absolute URL as it is', () => {
    expect(printUrl('#12')).toBe('#12')
  })
})
