import { describe, expect, it } from 'vitest'
import { wordPieces } from '../../lib/deck/word-breaks'

/** The text with a | where a line may break. */
const breaks = (text: string) => wordPieces(text).map(p => (p.breakBefore ? `|${p.text}` : p.text)).join('')

describe('wordPieces: where Chinese text may break between words', () => {
  it('breaks a long run between words of the deck (slide "PaLM 与 U-PaLM"), never inside one', () => {
    const text = 'UL2 的混合去噪目标把前缀语言建模和片段填充混在同一个模型里，用模式提示切换。'
    expect(breaks(text)).toBe('UL2 的混合去噪目标把前缀语言建模和片段|填充|混在同一个|模型里，用模式|提示|切换。')
    expect(wordPieces(text).map(p => p.text).join('')).toBe(text)
  })

  it('keeps the words ICU does not know whole: single characters never get a break beside them', () => {
    // ICU segments 预|训练, 建|模, 去|噪, 总|数据|量: none of these may break.
    expect(breaks('以及预训练模型的总数据量')).toBe('以及预训练|模型的总数据量')
    expect(breaks('语言建模和片段填充')).toBe('语言建模和片段|填充')
    expect(breaks('混合去噪目标')).toBe('混合去噪目标')
    expect(breaks('我们造出了望远镜，却仍在不断被它看到的东西惊讶')).toBe('我们|造出了望远镜，却仍在|不断被它看到的东西|惊讶')
  })

  it('keeps identifiers in a nowrap piece and Latin text as it is', () => {
    expect(wordPieces('在 text-davinci-003 上训练')).toEqual([
      { text: '在 ', keep: false, breakBefore: false },
      { text: 'text-davinci-003', keep: true, breakBefore: false },
      { text: ' 上训练', keep: false, breakBefore: false },
    ])
    expect(breaks('Open Foundation and Fine-Tuned Chat Models')).toBe('Open Foundation and Fine-Tuned Chat Models')
    expect(wordPieces('')).toEqual([])
  })
})

describe('wordPieces narrow: a phone\'s lines break more often', () => {
  const narrow = (text: string) => wordPieces(text, { narrow: true }).map(p => (p.breakBefore ? `|${p.text}` : p.text)).join('')

  it('breaks beside particles and after a Latin word (slide "业界领袖"), a preposition kept with what follows it', () => {
    const text = '另一个就是以ChatGPT为代表的'
    expect(breaks(text)).toBe('另一个|就是以ChatGPT为代表的')
    expect(narrow(text)).toBe('另一个|就是|以ChatGPT|为代表的')
    expect(narrow('模型的能力和数据')).toBe('模型的|能力|和数据')
    // After a comma the line breaks at the comma, not after the conjunction.
    expect(narrow('望远镜是一项发明，但通过它观察木星')).toBe('望远镜|是一项|发明，但通过它观察|木星')
    expect(wordPieces(text, { narrow: true }).map(p => p.text).join('')).toBe(text)
  })

  it('still keeps the words ICU does not know whole, and never starts a line with a particle', () => {
    expect(narrow('以及预训练模型的总数据量')).toBe('以及预训练|模型的总数据量')
    expect(narrow('混合去噪目标')).toBe('混合去噪目标')
    expect(narrow('模型的能力')).not.toMatch(/\|的/)
    expect(narrow('就是以ChatGPT')).not.toMatch(/以\|/)
  })

  it('lets a line break beside an identifier next to Chinese, the identifier kept whole', () => {
    const pieces = wordPieces('标为gpt-3.5-turbo的模型', { narrow: true })
    expect(pieces.find(p => p.keep)).toEqual({ text: 'gpt-3.5-turbo', keep: true, breakBefore: true })
    expect(pieces.map(p => p.text).join('')).toBe('标为gpt-3.5-turbo的模型')
  })

  it('breaks the deck\'s default text as before without the option', () => {
    const text = 'UL2 的混合去噪目标把前缀语言建模和片段填充混在同一个模型里，用模式提示切换。'
    expect(breaks(text)).toBe('UL2 的混合去噪目标把前缀语言建模和片段|填充|混在同一个|模型里，用模式|提示|切换。')
  })
})
