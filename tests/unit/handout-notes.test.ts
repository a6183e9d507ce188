import { describe, expect, it } from 'vitest'
import { breakLines, handoutSlides, noteParagraphs } from '../../lib/handout/notes'

describe('noteParagraphs', () => {
  it('turns [click] markers and blank lines into paragraph breaks, never text', () => {
    expect(noteParagraphs('第一段\n接着一行\n\n第二段 [click] 第三段\n[click:3]\n第四段')).toEqual(
      ['第一段 接着一行', '第二段', '第三段', '第四段'])
  })
  it('keeps a link\'s text and drops emphasis marks and comments', () => {
    expect(noteParagraphs('见 [论文](https://arxiv.org/abs/1) 和 **重点** `code` <!-- x -->')).toEqual(['见 论文 和 重点 code'])
  })
  it('gives nothing for a slide without notes', () => {
    expect(noteParagraphs(undefined)).toEqual([])
    expect(noteParagraphs('  \n ')).toEqual([])
  })
})

describe('handoutSlides', () => {
  it('numbers slides, carries the last section title as chapter and leaves out hidden slides', () => {
    const out = handoutSlides([
      { title: '封面', note: 'a', frontmatter: {} },
      { title: '第一部分', frontmatter: { layout: 'section' } },
      { title: '内页', note: 'b [click] c', frontmatter: {} },
      { title: '隐藏', note: 'x', frontmatter: { hide: true } },
      { title: '又一页', frontmatter: {} },
    ])
    expect(out.map(s => [s.no, s.chapter, s.paragraphs])).toEqual([
      [1, '', ['a']], [2, '第一部分', []], [3, '第一部分', ['b', 'c']], [5, '第一部分', []]])
  })
})

describe('breakLines', () => {
  const w = (s: string) => [...s].length // one unit per character
  it('breaks Chinese anywhere, keeps Latin words whole, never starts a line with closing punctuation', () => {
    const text = '大家好，今天讲 davinci-002 模型。就这样。'
    const lines = breakLines(text, 12, w)
    expect(lines.join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''))
    expect(lines.every(l => w(l) <= 12)).toBe(true)
    expect(lines.some(l => l.includes('davinci-002'))).toBe(true)
    expect(lines.slice(1).every(l => !/^[，。]/.test(l))).toBe(true)
    expect(breakLines('一二三四五六七。', 7, w)).toEqual(['一二三四五六', '七。'])
  })
  it('splits a word longer than the line', () => {
    expect(breakLines('abcdefghij', 4, w)).toEqual(['abcd', 'efgh', 'ij'])
  })
})
