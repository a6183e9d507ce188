import { describe, expect, it } from 'vitest'
import { chapterOutline } from '../../lib/deck/chapter-outline'

const slides = [
  { no: 1, title: 'Title', layout: 'cover' },
  { no: 2, title: '目录', layout: 'default' },
  { no: 3, title: '透明性', layout: 'section' },
  { no: 4, title: 'Quotes' },
  { no: 5, title: '开源', layout: 'section' },
  { no: 6, title: 'Matrix' },
]

describe('chapterOutline', () => {
  it('lists the section slides as chapters, all to come before the first', () => {
    expect(chapterOutline(slides, 2)).toEqual([
      { no: 3, lastNo: 4, index: 1, title: '透明性', state: 'next' },
      { no: 5, lastNo: 6, index: 2, title: '开源', state: 'next' },
    ])
  })
  it('marks the chapter a slide belongs to as current and earlier ones as done', () => {
    expect(chapterOutline(slides, 6).map(c => c.state)).toEqual(['done', 'current'])
    expect(chapterOutline(slides, 4).map(c => c.state)).toEqual(['current', 'next'])
    expect(chapterOutline(slides, 3).map(c => c.state)).toEqual(['current', 'next'])
  })
  it('names an untitled chapter by its number', () => {
    expect(chapterOutline([{ no: 1, layout: 'section' }], 1)[0]!.title).toBe('Chapter 1')
  })
})
