/**
 * The search itself, done by MiniSearch (BM25+ ranking, prefix and fuzzy matching) with the deck's tokenizer:
 * the index is built at build time (scripts/search-index.ts) and loaded in the browser when the search opens.
 * This module holds what both sides must agree on (fields, boosts, terms) and turns MiniSearch's results into the
 * page's: hits grouped by slide, best slide first, each with its snippet. No DOM.
 */
import MiniSearch, { type Options, type Query, type SearchResult } from 'minisearch'
import type { HitKind, SearchDoc, SearchSlide } from './documents'
import { matchRanges, type Segment, snippet } from './snippet'
import { bigrams, hanWords, indexTerms, pieces } from './tokenize'

/** The index file: the slides' titles, the documents (shown in snippets) and MiniSearch's own index. */
export interface SearchIndexFile {
  version: 1
  slides: SearchSlide[]
  docs: SearchDoc[]
  index: ReturnType<MiniSearch['toJSON']>
}

interface IndexedDoc { id: number, title: string, name: string, body: string }

/** A slide's title counts most, then a record's name (a model, an indicator), then the text. */
const BOOST = { title: 6, name: 2, body: 1 }

const OPTIONS: Options<IndexedDoc> = {
  fields: ['title', 'name', 'body'],
  tokenize: indexTerms,
  processTerm: term => term,
  // The query is a tree of terms already cut by the same tokenizer (searchQuery below), joined by spaces.
  searchOptions: { tokenize: text => text.split(' '), processTerm: term => term, boost: BOOST },
}

/** The slide's own text is its first document (searchDocuments puts it there), which carries its title. */
const isSlideText = (docs: readonly SearchDoc[], id: number) => docs[id]!.k === 'slide' && docs[id - 1]?.s !== docs[id]!.s

export function buildSearchIndex(slides: SearchSlide[], docs: SearchDoc[]): SearchIndexFile {
  const title = new Map(slides.map(s => [s.no, s.title]))
  const ms = new MiniSearch<IndexedDoc>(OPTIONS)
  ms.addAll(docs.map((d, id) => ({ id, title: isSlideText(docs, id) ? title.get(d.s) ?? '' : '', name: d.n, body: d.b })))
  return { version: 1, slides, docs, index: ms.toJSON() }
}

/**
 * The query as MiniSearch's query tree: every piece must match (AND).
 * - A Chinese run matches by its ICU words, the last one also as the start of a word (so 大语言模 already finds
 *   大语言模型 while it is typed), or by its bigrams (权重 inside 开放权重 where ICU keeps that whole).
 * - A word matches as a prefix (chinch → chinchilla), one of five letters or more also with one typo (two from
 *   eight letters on).
 * - An identifier (text-davinci-003, Min-K%) matches as written, or by all its parts (the last as a prefix).
 */
export function searchQuery(text: string): Query | null {
  // A leaf of the tree is its terms joined by spaces (none of them has one), so MiniSearch tells which is last.
  const lastPrefix = (_: string, i: number, terms: string[]) => i === terms.length - 1
  // An identifier's last part as a prefix only from two letters on (the 2 of Jurassic-2 is not every 2022, 200B …).
  const lastWordPrefix = (term: string, i: number, terms: string[]) => lastPrefix(term, i, terms) && /^\p{L}{2}/u.test(term)
  const units: Query[] = pieces(text).map((p): Query => {
    if (p.kind === 'han') {
      return { combineWith: 'OR', queries: [
        { combineWith: 'AND', queries: [hanWords(p.text).join(' ')], prefix: lastPrefix },
        { combineWith: 'AND', queries: [bigrams(p.text).join(' ')] },
      ] }
    }
    const fuzzy = /^\p{L}{5,}$/u.test(p.text) ? 0.2 : false
    if (!p.parts.length)
      return { queries: [p.text], prefix: true, fuzzy, maxFuzzy: 2 }
    return { combineWith: 'OR', queries: [{ queries: [p.text], prefix: true }, { combineWith: 'AND', queries: [p.parts.join(' ')], prefix: lastWordPrefix }] }
  })
  return units.length ? { combineWith: 'AND', queries: units } : null
}

/** What the snippet marks: the query's Chinese runs and their bigrams, and the words the index matched. */
function markedTerms(text: string, result: SearchResult): string[] {
  const han = pieces(text).filter(p => p.kind === 'han').flatMap(p => [p.text, ...bigrams(p.text)])
  const words = result.terms.filter(t => !/\p{Script=Han}/u.test(t))
  return [...han, ...words]
}

export interface SearchHit {
  kind: HitKind
  /** The record's name ('' for a slide's text, notes and code). */
  name: string
  segments: Segment[]
  /** The slide's address: `/12`, `/11?cell=data|meta`. */
  path: string
}

export interface SlideResult {
  no: number
  title: string
  /** The slide's best hit's score (MiniSearch's). */
  score: number
  hits: SearchHit[]
  /** Hits on this slide beyond those shown. */
  more: number
}

export interface LoadedSearch {
  search: (text: string) => SlideResult[]
}

/** Hits shown per slide. */
const HITS_PER_SLIDE = 3

export function loadSearch(file: SearchIndexFile): LoadedSearch {
  const ms = MiniSearch.loadJS<IndexedDoc>(file.index, OPTIONS)
  const titles = new Map(file.slides.map(s => [s.no, s.title]))
  return {
    search(text) {
      const query = searchQuery(text)
      if (!query)
        return []
      const bySlide = new Map<number, SlideResult>()
      for (const r of ms.search(query)) {
        const doc = file.docs[r.id as number]!
        let group = bySlide.get(doc.s)
        if (!group) {
          group = { no: doc.s, title: titles.get(doc.s) ?? '', score: r.score, hits: [], more: 0 }
          bySlide.set(doc.s, group)
        }
        if (group.hits.length >= HITS_PER_SLIDE) {
          group.more++
          continue
        }
        const terms = markedTerms(text, r)
        // A slide's text is shown without its title (the result's heading) unless only the title matched.
        const head = isSlideText(file.docs, r.id as number) ? (matchRanges(doc.b, terms).length ? '' : group.title) : doc.n
        const shown = [head, doc.b].filter(Boolean).join(' — ')
        group.hits.push({ kind: doc.k, name: doc.n, segments: snippet(shown, terms), path: `/${doc.s}${doc.q ?? ''}` })
      }
      // MiniSearch returns its results best first, so each slide's first hit is its best and the groups come in order.
      return [...bySlide.values()]
    },
  }
}
