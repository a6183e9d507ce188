/**
 * The search's words, for the index (built at build time) and for the query (in the browser), so both cut text the
 * same way. No DOM: unit-tested in tests/unit/search-tokenize.test.ts.
 *
 * - Chinese (Han) runs: the words of `Intl.Segmenter('zh-Hans', { granularity: 'word' })`, and the character bigrams
 *   inside each word of three characters or more, so that a query matches inside a compound (训练 finds 预训练 where
 *   ICU keeps 预训练 whole), and across runs of single characters, where ICU does not know a word (开放|权|重 gives
 *   权重). Bigrams across all word boundaries would double the index for queries no one types.
 * - Everything else: runs of letters and digits, lower-cased; an identifier with joiners (text-davinci-003, Min-K%,
 *   gpt-3.5-turbo, meta_instruction, chat.completions.create) is kept whole, as written, and also cut into its parts.
 */

const segmenter = new Intl.Segmenter('zh-Hans', { granularity: 'word' })

/** A Han run, or a run of other letters and digits with joiners inside (and %, +, # at its end: Min-K%, C++, C#). */
const RUN = /(\p{Script=Han}+)|((?:(?!\p{Script=Han})[\p{L}\p{N}])(?:(?:(?!\p{Script=Han})[\p{L}\p{N}_]|[-.%+#/'’](?=(?!\p{Script=Han})[\p{L}\p{N}]))*[%+#]*))/gu
/** Where an identifier is cut into parts: its joiners, but not the dot of a decimal number (3.5). */
const JOINER = /[-_%+#/'’]+|\.(?!\d)|(?<!\d)\./u

/** One piece of a text: a Han run or another word (lower-cased, whole), with its parts. */
export interface Piece {
  kind: 'han' | 'word'
  text: string
  /** For a word with joiners: its parts (text-davinci-003 → text, davinci, 003); empty otherwise. */
  parts: string[]
}

export function pieces(text: string): Piece[] {
  const out: Piece[] = []
  for (const m of text.matchAll(RUN)) {
    if (m[1]) {
      out.push({ kind: 'han', text: m[1], parts: [] })
      continue
    }
    const word = m[2]!.toLowerCase()
    const parts = word.split(JOINER).filter(Boolean)
    out.push({ kind: 'word', text: word, parts: parts.length > 1 || parts[0] !== word ? parts : [] })
  }
  return out
}

/** The character bigrams of a Han run; a single character is its own term. */
export function bigrams(run: string): string[] {
  const chars = [...run]
  if (chars.length < 2)
    return chars
  return chars.slice(1).map((c, i) => chars[i]! + c)
}

/** ICU's words of a Han run. */
export function hanWords(run: string): string[] {
  return [...segmenter.segment(run)].filter(s => s.isWordLike).map(s => s.segment)
}

/**
 * The terms of a Han run: its ICU words; inside a word of three characters or more, its bigrams; and across a run of
 * single-character words (where ICU does not know the word: 开放|权|重), their bigrams too (权重).
 */
function hanTerms(run: string): string[] {
  const out: string[] = []
  let singles = ''
  // A lone character is its own term; in a run, its bigrams stand for it (a query of one character matches them
  // as a prefix).
  const flush = () => {
    out.push(...bigrams(singles))
    singles = ''
  }
  for (const w of hanWords(run)) {
    const length = [...w].length
    if (length === 1) {
      singles += w
      continue
    }
    flush()
    out.push(w)
    if (length >= 3)
      out.push(...bigrams(w))
  }
  flush()
  return out
}

/** Every term the index stores for a text (repeated as often as it occurs: the ranking counts them). */
export function indexTerms(text: string): string[] {
  return pieces(text).flatMap(p => p.kind === 'word' ? [p.text, ...p.parts] : hanTerms(p.text))
}
