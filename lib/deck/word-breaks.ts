import { lineUnits } from './line-units'

/**
 * Chinese line breaking by words (issue 9). styles/readability.css sets `word-break: keep-all`, which leaves break
 * opportunities only at spaces and punctuation: a long run of Chinese without punctuation then has none, and
 * `overflow-wrap: anywhere` cuts it wherever the box ends (模|型). This helper finds where such a run may break:
 * between words, by ICU's dictionary (`Intl.Segmenter('zh-Hans', { granularity: 'word' })`, the same in Chromium
 * and Node). A piece of text is then rendered as its pieces with a <wbr> before each piece that may start a line.
 *
 * ICU is good but not perfect on the deck's text: words it does not know come out as single characters (建|模,
 * 去|噪, 前|缀, 预|训练). So a single-character segment never gets a break on either side: consecutive ones stay
 * together and stay with their neighbours (建模, 预训练 are kept whole; 规模的 too, which costs only a break).
 * Identifiers (text-davinci-003, PaLM-540B) are kept whole, as by lineUnits.
 */

export interface WordPiece {
  text: string
  /** Render in a white-space: nowrap span (an identifier). */
  keep: boolean
  /** A line may start with this piece: render a <wbr> before it. */
  breakBefore: boolean
}

const HAN = /\p{Script=Han}/u
const LATIN_WORD = /^[A-Za-z]{2}/
const segmenter = new Intl.Segmenter('zh-Hans', { granularity: 'word' })

/**
 * Words of one character beside which a narrow line may break, next to a word of two characters or more: after a
 * particle that ends a phrase (的|模型), before a conjunction or preposition that starts one (模型|和数据, 就是|以).
 * They never begin or end a word that ICU does not know, as 建|模 or 预|训练 do.
 */
const BREAK_AFTER = new Set('的了地得着过'.split(''))
const BREAK_BEFORE = new Set('但而并却和与及或以为把被从对到向于在将让给是也都就'.split(''))

export interface WordPieceOptions {
  /**
   * A phone's narrow lines (the reading view): also break beside particles (BREAK_AFTER, BREAK_BEFORE) and between
   * Chinese and a Latin word or identifier, so that a run such as 就是以ChatGPT为代表的 (就是|以ChatGPT|为代表的)
   * does not outgrow a line of 20 characters. The projector's wider lines keep the default, which breaks less.
   */
  narrow?: boolean
}

/** The pieces of `text`, joined they give back `text`; a <wbr> goes before each piece marked breakBefore. */
export function wordPieces(text: string, options: WordPieceOptions = {}): WordPiece[] {
  const narrow = options.narrow ?? false
  const pieces: WordPiece[] = []
  // What precedes: the last segment (or identifier) and whether it was a Han word of two characters or more.
  let prev = ''
  let prevSolid = false
  for (const unit of lineUnits(text)) {
    if (unit.keep) {
      pieces.push({ text: unit.text, keep: true, breakBefore: narrow && HAN.test(prev.at(-1) ?? '') })
      prev = unit.text
      prevSolid = false
      continue
    }
    let current: WordPiece | null = null
    for (const { segment } of segmenter.segment(unit.text)) {
      // A Han word of two characters or more: a line may break beside it (when its neighbour is one too).
      const solid = segment.length >= 2 && HAN.test(segment.at(0)!) && HAN.test(segment.at(-1)!)
      const breakable: boolean = current !== null && solid && prevSolid
      const latinWord = LATIN_WORD.test(prev) && /[A-Za-z\d]$/.test(prev)
      const narrowBreak = narrow && pieces.length > 0 && (
        (solid && BREAK_AFTER.has(prev))
        || (BREAK_BEFORE.has(segment) && (prevSolid || latinWord))
        || (HAN.test(prev.at(-1) ?? '') && !BREAK_BEFORE.has(prev) && LATIN_WORD.test(segment))
        || (latinWord && HAN.test(segment.at(0)!)))
      if (current && !breakable && !narrowBreak) {
        current.text += segment
      }
      else {
        current = { text: segment, keep: false, breakBefore: breakable || narrowBreak }
        pieces.push(current)
      }
      prevSolid = solid
      prev = segment
    }
  }
  return pieces
}
