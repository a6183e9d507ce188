/**
 * The search's documents, from the same sources the slides use: the slides as Slidev's parser reads them (title,
 * Markdown, code blocks, speaker notes) and, for each component a slide names, what it shows of data/
 * (lib/search/chart-records.ts). No DOM, no file system: scripts/search-index.ts reads the sources.
 */
import { noteParagraphs } from '../handout/notes'
import { COMPONENT_RECORDS, type DeckData, type SlideProps } from './chart-records'

/** What the search needs of a parsed slide (a subset of @slidev/parser's SlideInfo). */
export interface SearchSlideSource {
  title?: string
  content: string
  note?: string
  frontmatter: Record<string, unknown>
}

/** Where on a slide a hit is: its text, the lecturer's notes, a chart's (or figure's) data, a code block. */
export type HitKind = 'slide' | 'notes' | 'chart' | 'code'

export interface SearchSlide {
  /** 1-based, as in the deck's URLs. */
  no: number
  title: string
}

export interface SearchDoc {
  /** The slide's number. */
  s: number
  k: HitKind
  /** A name the hit is about (a model, an indicator), searched with more weight; '' if none. */
  n: string
  /** The text searched and shown in the snippet. */
  b: string
  /** The slide's address query for this hit (the heatmap's drill-down cell, or `clicks=N` for notes after a click). */
  q?: string
}

/** A component named in a slide's Markdown, with its props as written. */
export interface NamedComponent {
  name: string
  props: SlideProps
}

/** The components a slide's Markdown names (`<FmtiHeatmap />`, `<LandscapeTopic id="llama" />`), in order. */
export function namedComponents(content: string): NamedComponent[] {
  return [...stripComments(content).matchAll(/<([A-Z][A-Za-z0-9]*)\b([^>]*?)\/?>/g)].map(m => ({
    name: m[1]!,
    props: Object.fromEntries([...m[2]!.matchAll(/[:@]?([\w-]+)(?:\s*=\s*"([^"]*)")?/g)].map(a => [a[1]!, a[2] ?? true] as const)),
  }))
}

const stripComments = (s: string) => s.replace(/<!--[\s\S]*?-->/g, '')
const FENCE = /^```([\w-]*)[^\n]*\n([\s\S]*?)^```[ \t]*$/gm

/** A slide's code blocks (fenced), as written. */
export function codeBlocks(content: string): string[] {
  return [...stripComments(content).matchAll(FENCE)].map(m => m[2]!.replace(/\n$/, ''))
}

/**
 * A slide's Markdown as the text it shows: no title heading (searched as the title), code blocks, styles, comments,
 * math, components or tags (the text inside plain HTML tags stays), and no Markdown marks.
 */
export function slideText(content: string): string {
  return stripComments(content)
    .replace(FENCE, ' ')
    .replace(/<(style|script)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/\$\$[\s\S]*?\$\$/g, ' ')
    .replace(/\$[^$\n]+\$/g, ' ')
    .replace(/^#\s.*$/m, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/^\s*(?:#+|[-*+]|\d+\.)\s+/gm, '')
    .replace(/\*\*|__|`/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

/** `[click]`, `[click:3]` — Slidev's click markers in notes. */
const CLICK_MARKER = /\[click(?::[+-]?\d+)?\]/gi

/** The notes, one text per click state (the part before the first marker is state 0). */
export function notesByClick(note: string | undefined): { clicks: number, text: string }[] {
  if (!note)
    return []
  return stripComments(note).split(CLICK_MARKER)
    .map((part, clicks) => ({ clicks, text: noteParagraphs(part).join(' ') }))
    .filter(p => p.text.length > 0)
}

/** The slides the deck shows (not `hide`/`disabled`), numbered as its URLs number them. */
export function shownSlides<T extends SearchSlideSource>(slides: readonly T[]): T[] {
  return slides.filter(s => s.frontmatter.hide !== true && s.frontmatter.disabled !== true)
}

/** The slide number of each component a slide names (the first slide that names it). */
export function componentSlides(slides: readonly SearchSlideSource[]): Map<string, number> {
  const out = new Map<string, number>()
  shownSlides(slides).forEach((s, i) => {
    for (const c of namedComponents(s.content)) {
      if (!out.has(c.name))
        out.set(c.name, i + 1)
    }
  })
  return out
}

export class UnknownComponentError extends Error {}

/** Every slide's documents: its text, its notes (one per click state), its code blocks and its components' data. */
export function searchDocuments(slides: readonly SearchSlideSource[], data: DeckData): { slides: SearchSlide[], docs: SearchDoc[] } {
  const shown = shownSlides(slides)
  const out: SearchDoc[] = []
  shown.forEach((slide, i) => {
    const s = i + 1
    out.push({ s, k: 'slide', n: '', b: slideText(slide.content) })
    for (const { clicks, text } of notesByClick(slide.note))
      out.push({ s, k: 'notes', n: '', b: text, ...(clicks ? { q: `?clicks=${clicks}` } : {}) })
    for (const code of codeBlocks(slide.content))
      out.push({ s, k: 'code', n: '', b: code })
    for (const { name, props } of namedComponents(slide.content)) {
      if (!(name in COMPONENT_RECORDS))
        throw new UnknownComponentError(`search: slide ${s} names <${name}>, which lib/search/chart-records.ts does not list (add what it shows, or null)`)
      const source = COMPONENT_RECORDS[name]
      for (const r of source?.records(data, props) ?? []) {
        if (r.name || r.text)
          out.push({ s, k: source!.kind, n: r.name, b: r.text, ...(r.query ? { q: r.query } : {}) })
      }
    }
  })
  return { slides: shown.map((s, i) => ({ no: i + 1, title: (s.title ?? '').trim() })), docs: out }
}
