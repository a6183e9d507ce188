/**
 * Emphasis in data text is a list of substrings, each marking its first occurrence, so that the JSON holds plain text
 * (no Markdown or HTML to render) and a quote such as Bezos' can bold the first “发现” and leave the later ones plain.
 */
export interface EmphasisRange {
  start: number
  end: number
}

export interface TextSegment {
  text: string
  emphasis: boolean
}

/** The range of each mark's first occurrence, in the order of the marks; null where a mark does not occur. */
export function emphasisRanges(text: string, marks: readonly string[]): (EmphasisRange | null)[] {
  return marks.map((mark) => {
    const start = mark ? text.indexOf(mark) : -1
    return start < 0 ? null : { start, end: start + mark.length }
  })
}

/** Indices of the marks whose range overlaps an earlier mark's range. */
export function overlappingMarks(ranges: readonly (EmphasisRange | null)[]): number[] {
  return ranges.flatMap((r, i) => r && ranges.slice(0, i).some(o => o && o.start < r.end && r.start < o.end) ? [i] : [])
}

/** Splits text into plain and emphasised segments; marks that do not occur or overlap an earlier one are ignored. */
export function segmentText(text: string, marks: readonly string[]): TextSegment[] {
  const ranges = emphasisRanges(text, marks)
  const skip = new Set(overlappingMarks(ranges))
  const kept = ranges
    .filter((r, i): r is EmphasisRange => r !== null && !skip.has(i))
    .sort((a, b) => a.start - b.start)
  const segments: TextSegment[] = []
  let at = 0
  for (const r of kept) {
    if (r.start > at)
      segments.push({ text: text.slice(at, r.start), emphasis: false })
    segments.push({ text: text.slice(r.start, r.end), emphasis: true })
    at = r.end
  }
  if (at < text.length)
    segments.push({ text: text.slice(at), emphasis: false })
  return segments
}
