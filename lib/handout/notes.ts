/**
 * Pure helpers for the handout (slides + speaker notes): the notes' text as paragraphs, each slide's chapter,
 * and line breaking for a measured font. No DOM, no file system: unit-tested in tests/unit/handout-notes.test.ts.
 */

/** What the handout needs of a parsed slide (a subset of @slidev/parser's SlideInfo). */
export interface SlideLike {
  title?: string
  note?: string
  frontmatter: Record<string, unknown>
}

export interface HandoutSlide {
  /** 1-based slide number, as in the deck's URLs. */
  no: number
  title: string
  /** Title of the last `layout: section` slide at or before this one; '' before the first chapter. */
  chapter: string
  /** The notes split into paragraphs: `[click]` markers and blank lines become paragraph breaks. */
  paragraphs: string[]
}

/** `[click]`, `[click:3]`, `[click:+2]` — Slidev's click markers in notes. */
const CLICK_MARKER = /\[click(?::[+-]?\d+)?\]/gi

/** Notes markdown → plain paragraphs: click markers and blank lines split, single newlines join, HTML comments and
 *  simple emphasis/code marks are dropped, `[text](url)` keeps its text. */
export function noteParagraphs(note: string | undefined): string[] {
  if (!note)
    return []
  return note
    .replace(/<!--[\s\S]*?-->/g, '')
    .split(CLICK_MARKER)
    .flatMap(part => part.split(/\n\s*\n/))
    .map(p => p
      .split('\n')
      .map(l => l.trim())
      .filter(Boolean)
      .join(' ')
      .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
      .replace(/\*\*([^*]+)\*\*/g, '$1')
      .replace(/`([^`]+)`/g, '$1')
      .trim())
    .filter(p => p.length > 0)
}

/** The slides the exporter prints (not `hide`/`disabled`), numbered, with chapter and notes. */
export function handoutSlides(slides: SlideLike[]): HandoutSlide[] {
  let chapter = ''
  const out: HandoutSlide[] = []
  slides.forEach((s, i) => {
    const fm = s.frontmatter
    const title = (s.title ?? '').trim()
    if (fm.layout === 'section')
      chapter = title
    if (fm.hide === true || fm.disabled === true)
      return
    out.push({ no: i + 1, title, chapter, paragraphs: noteParagraphs(s.note) })
  })
  return out
}

/**
 * Greedy line breaking for mixed Chinese/Latin text. Chinese characters may break anywhere; runs of Latin letters,
 * digits and their punctuation stay whole unless a run alone is wider than the line. Closing punctuation never
 * starts a line (it is kept with the character before it).
 */
export function breakLines(text: string, maxWidth: number, width: (s: string) => number): string[] {
  const tokens = text.match(/[A-Za-z0-9][\w.,:;!?%'’\-+/()#&@=]*[\w.,:;!?%'’)]?|\s+|./gsu) ?? []
  const NO_START = /^[，。、；：！？）」』”’》〉】,.;:!?)\]%]/u
  // Glue closing punctuation to the token before it.
  const glued: string[] = []
  for (const t of tokens) {
    if (glued.length && NO_START.test(t) && !/^\s/.test(glued[glued.length - 1]!))
      glued[glued.length - 1] += t
    else
      glued.push(t)
  }
  const lines: string[] = []
  let line = ''
  const pushChars = (t: string) => {
    for (const ch of t) {
      if (line && width(line + ch) > maxWidth) {
        lines.push(line.trimEnd())
        line = ''
      }
      line += ch
    }
  }
  for (const t of glued) {
    if (/^\s+$/.test(t)) {
      if (line)
        line += ' '
      continue
    }
    if (width(line + t) <= maxWidth) {
      line += t
      continue
    }
    if (line.trim()) {
      lines.push(line.trimEnd())
      line = ''
    }
    if (width(t) <= maxWidth)
      line = t
    else
      pushChars(t)
  }
  if (line.trim())
    lines.push(line.trimEnd())
  return lines
}
