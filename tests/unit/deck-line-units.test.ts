import { describe, expect, it } from 'vitest'
import { lineUnits } from '../../lib/deck/line-units'

describe('lineUnits', () => {
  it('keeps hyphenated identifiers in one run and leaves the rest of the text as it is', () => {
    const units = lineUnits('在 text-davinci-003 和 PaLM-540B 之上')
    expect(units).toEqual([
      { text: '在 ', keep: false },
      { text: 'text-davinci-003', keep: true },
      { text: ' 和 ', keep: false },
      { text: 'PaLM-540B', keep: true },
      { text: ' 之上', keep: false },
    ])
    expect(units.map(u => u.text).join('')).toBe('在 text-davinci-003 和 PaLM-540B 之上')
  })

  it('keeps a count with its measure word, which the space between them would split', () => {
    expect(lineUnits('10 个开发人员在 13 个维度上')).toEqual([
      { text: '10 个', keep: true },
      { text: '开发人员在 ', keep: false },
      { text: '13 个', keep: true },
      { text: '维度上', keep: false },
    ])
    expect(lineUnits('2023 年的 100 分')).toEqual([{ text: '2023 年的 100 分', keep: false }])
  })

  it('returns plain text as a single breakable run', () => {
    expect(lineUnits('预训练模型')).toEqual([{ text: '预训练模型', keep: false }])
    expect(lineUnits('')).toEqual([])
  })
})
