/** Han characters and full-width punctuation take one em; other characters about half of one (Noto Sans SC). */
const WIDE = /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF]/gu
const NARROW_EM = 0.55

/** The approximate width of a line of `text` in em, its runs of white space counted as one space. */
export function textWidthEm(text: string): number {
  const squashed = text.replace(/\s+/g, ' ').trim()
  const wide = squashed.match(WIDE)?.length ?? 0
  return wide + ([...squashed].length - wide) * NARROW_EM
}

/**
 * A table cell whose text is at most this wide keeps it on one line in the phone's reading view (a name, an id, a
 * date, a number: 2022年3月 is never split); a longer one wraps, in a column of a readable width.
 */
export const SHORT_CELL_EM = 13
