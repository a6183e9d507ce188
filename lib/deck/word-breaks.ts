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
const segmenter = new Intl.Segmenter('zh-Hans', { granularity: 'word' })

/** The pieces of `text`, joined they give back `text`; a <wbr> goes before each piece marked breakBefore. */
export function wordPieces(text: string): WordPiece[] {
  const pieces: WordPiece[] = []
  for (const unit of lineUnits(text)) {
    if (unit.keep) {
      pieces.push({ text: unit.text, keep: true, breakBefore: false })
      continue
    }
    let current: WordPiece | null = null
    let prevSolid = false
    for (const { segment } of segmenter.segment(unit.text)) {
      // A Han word of two characters or more: a line may break beside it (when its neighbour is one too).
      const solid = segment.length >= 2 && HAN.test(segment.at(0)!) && HAN.test(segment.at(-1)!)
      if (current && !(solid && prevSolid)) {
        current.text += segment
      }
      else {
        current = { text: segment, keep: false, breakBefore: current !== null }
        pieces.push(current)
      }
      prevSolid = solid
    }
  }
  return pieces
}
