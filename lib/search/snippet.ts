/**
 * A search hit's snippet: a window of the text around its first match, as pieces of plain text, each marked or not.
 * The page renders them as text and <mark> elements (never as HTML). No DOM.
 */

export interface Segment {
  text: string
  mark: boolean
}

/** Characters of text shown around the first match. */
export const SNIPPET_LENGTH = 90
const BEFORE = 24

/** A letter or digit of a Latin-like word (Chinese has no spaces to keep whole). */
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c) && !/\p{Script=Han}/u.test(c)

/** The ranges [start, end) of the terms in the text, case-insensitively; a Latin term only where a word starts. */
export function matchRanges(text: string, terms: readonly string[]): [number, number][] {
  const lower = text.toLowerCase()
  // toLowerCase keeps the length of the deck's text; where it would not (a rare letter), nothing is marked.
  if (lower.length !== text.length)
    return []
  const ranges: [number, number][] = []
  for (const term of new Set(terms.map(t => t.toLowerCase()).filter(Boolean))) {
    const latin = !/\p{Script=Han}/u.test(term[0]!)
    for (let i = lower.indexOf(term); i >= 0; i = lower.indexOf(term, i + 1)) {
      if (!latin || !isWordChar(lower[i - 1]))
        ranges.push([i, i + term.length])
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1])
  const merged: [number, number][] = []
  for (const r of ranges) {
    const last = merged.at(-1)
    if (last && r[0] <= last[1])
      last[1] = Math.max(last[1], r[1])
    else
      merged.push([r[0], r[1]])
  }
  return merged
}

/** The text around its first match (or its start), with the matches marked and … where it is cut. */
export function snippet(text: string, terms: readonly string[], length = SNIPPET_LENGTH): Segment[] {
  const ranges = matchRanges(text, terms)
  let start = Math.max(0, (ranges[0]?.[0] ?? 0) - BEFORE)
  // Don't start inside a word or a surrogate pair.
  while (start > 0 && (isWordChar(text[start - 1]) && isWordChar(text[start]) || /[\uDC00-\uDFFF]/.test(text[start]!)))
    start--
  let end = Math.min(text.length, start + length)
  while (end < text.length && (isWordChar(text[end - 1]) && isWordChar(text[end]) || /[\uDC00-\uDFFF]/.test(text[end]!)))
    end++
  const out: Segment[] = []
  const push = (s: string, mark: boolean) => {
    if (s)
      out.push({ text: s, mark })
  }
  let at = start
  for (const [a, b] of ranges) {
    if (b <= start || a >= end)
      continue
    push(text.slice(at, Math.max(a, start)), false)
    push(text.slice(Math.max(a, start), Math.min(b, end)), true)
    at = Math.min(b, end)
  }
  push(text.slice(at, end), false)
  if (start > 0)
    out.unshift({ text: '…', mark: false })
  if (end < text.length)
    out.push({ text: '…', mark: false })
  return out
}
