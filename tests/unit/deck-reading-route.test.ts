import { describe, expect, it } from 'vitest'
import { lastRead, NARROW_PORTRAIT, readingKeys, readingRedirect, rememberRead, type SlideArrival } from '../../lib/deck/reading-route'
import { SWIPE, swipeStep } from '../../lib/deck/swipe'
import { SHORT_CELL_EM, textWidthEm } from '../../lib/deck/text-width'

/** An arrival on a phone at /10: each test changes what it is about. */
const phone: SlideArrival = { no: '10', fromRoot: false, query: {}, arriving: true, fromReading: false, narrowPortrait: true, projectorChosen: false }

describe('readingRedirect', () => {
  it('opens a slide\'s address on a narrow portrait screen in its reading view', () => {
    expect(readingRedirect(phone)).toBe('/read/10')
  })
  it('opens the site\'s root at the slide last read', () => {
    expect(readingRedirect({ ...phone, no: '1', fromRoot: true })).toBe('/read')
  })
  it('keeps the projector layout on a wide or landscape screen', () => {
    expect(readingRedirect({ ...phone, narrowPortrait: false })).toBeNull()
  })
  it('keeps the projector layout once the student chose it, and for print, export and embedded pages', () => {
    expect(readingRedirect({ ...phone, projectorChosen: true })).toBeNull()
    expect(readingRedirect({ ...phone, query: { print: '' } })).toBeNull()
    expect(readingRedirect({ ...phone, query: { embedded: 'true' } })).toBeNull()
  })
  it('after arrival, moves only links followed inside the reading view, whatever the screen', () => {
    const moving = { ...phone, arriving: false }
    expect(readingRedirect(moving)).toBeNull()
    expect(readingRedirect({ ...moving, fromReading: true })).toBe('/read/10')
    expect(readingRedirect({ ...moving, fromReading: true, narrowPortrait: false })).toBe('/read/10')
    expect(readingRedirect({ ...moving, fromReading: true, projectorChosen: true })).toBeNull()
  })
  it('matches portrait screens under the reflow width', () => {
    expect(NARROW_PORTRAIT).toBe('(orientation: portrait) and (max-width: 899.98px)')
  })
})

describe('the slide last read', () => {
  const store = () => {
    const m = new Map<string, string>()
    return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v) }
  }
  const { lastRead: key } = readingKeys('/cs2916/')
  it('is remembered and read back', () => {
    const s = store()
    expect(lastRead(s, key, 58)).toBeNull()
    rememberRead(s, key, 12)
    expect(lastRead(s, key, 58)).toBe(12)
  })
  it('is ignored when it is no slide of the deck', () => {
    const s = store()
    for (const v of ['0', '59', '3.5', 'x', '']) {
      s.setItem(key, v)
      expect(lastRead(s, key, 58), v).toBeNull()
    }
  })
  it('is kept per deck, and a storage that refuses loses nothing else', () => {
    expect(readingKeys('/a/').lastRead).not.toBe(readingKeys('/b/').lastRead)
    const full = { getItem: () => null, setItem: () => { throw new Error('QuotaExceededError') } }
    expect(() => rememberRead(full, key, 3)).not.toThrow()
    expect(lastRead(undefined, key)).toBeNull()
  })
})

describe('swipeStep', () => {
  const at = (x: number, y: number, t = 0) => ({ x, y, t })
  it('moves to the next slide on a swipe to the left and to the previous on one to the right', () => {
    expect(swipeStep(at(300, 400), at(120, 420, 250))).toBe(1)
    expect(swipeStep(at(60, 400), at(260, 390, 250))).toBe(-1)
  })
  it('ignores short, slow and mostly vertical moves', () => {
    expect(swipeStep(at(200, 400), at(200 - SWIPE.minDistance + 1, 400, 100))).toBe(0)
    expect(swipeStep(at(300, 400), at(100, 400, SWIPE.maxDuration + 1))).toBe(0)
    expect(swipeStep(at(300, 400), at(150, 250, 200))).toBe(0)
  })
})

describe('textWidthEm', () => {
  it('counts Han characters and full-width punctuation as one em, the rest about half', () => {
    expect(textWidthEm('2022年3月')).toBeCloseTo(2 + 5 * 0.55)
    expect(textWidthEm('  开放 \n 权重 ')).toBeCloseTo(4 + 0.55)
    expect(textWidthEm('（是）')).toBe(3)
  })
  it('keeps names, ids and dates short, and sentences long', () => {
    for (const short of ['gpt-3.5-turbo-16k-0613', 'Stable Diffusion 2', '2023年11月', 'InstructGPT', '有监督指令微调（SFT）'])
      expect(textWidthEm(short), short).toBeLessThanOrEqual(SHORT_CELL_EM)
    for (const long of ['使用了公开的互联网数据，并明确说不再公开架构', 'Language Models are Few-Shot Learners, section 2.2'])
      expect(textWidthEm(long), long).toBeGreaterThan(SHORT_CELL_EM)
  })
})
