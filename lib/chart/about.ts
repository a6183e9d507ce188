import type { Citation } from './citation'
import { type CsvColumn, type CsvValue, toCsv } from './csv'

/** Where a chart's data comes from: one entry of its panel's 来源. */
export interface ChartSource {
  title: string
  /** The authors or the publisher. */
  by: string
  /** When it was published (YYYY, YYYY-MM or YYYY-MM-DD), or for a page that changes, the day it was read; absent where nobody recorded it. */
  date?: string
  /** Whether `date` is when it was published, when it was read, or the snapshot the data is. */
  dateKind: 'published' | 'read' | 'snapshot'
  url?: string
  /** Its licence as its publisher states it (CC BY 4.0), or how it may be used. */
  licence: string
  /** The version of the dataset: an edition, a repository's revision, a DOI. */
  version?: string
}

/** A table of a chart's data as a CSV file holds it: columns with ids and labels, values unformatted. */
export interface ChartDataset {
  columns: CsvColumn[]
  rows: CsvValue[][]
}

/** What a chart's panel shows and offers: its sources, how its numbers are made, its data and how to cite it. */
export interface ChartAbout {
  /** The downloads' file names start with it (fmti-heatmap-2023-10). */
  fileName: string
  sources: ChartSource[]
  /** How the chart's numbers are computed from the sources, in one or two sentences. */
  method: string
  /** How to cite the dataset: one entry, or one per work where the chart gathers several (the reports of six models). */
  citation: Citation | readonly Citation[]
  /** Exactly what the chart shows now: its edition, sort, click step and filter (made when the panel opens). */
  shown: () => ChartDataset
  /** The whole dataset behind the chart (made when the panel opens). */
  full: () => ChartDataset
}

/** The licence line of a paper or page the chart cites for its facts and does not reproduce. */
export const CITED_ONLY = '仅引用其中的事实，未转载原文'

/** A paper or document as the data files cite it: authors as one line, its year, title, address, arXiv id. */
export interface CitedWork {
  authors: string
  year: number
  title: string
  url: string
  arxiv?: string
}

/** A cited work as a panel's source: cited for its facts, not reproduced. */
export function workSource(w: CitedWork, version?: string): ChartSource {
  return { title: w.title, by: w.authors, date: String(w.year), dateKind: 'published', url: w.url, licence: CITED_ONLY, ...(version ? { version } : {}) }
}

/** A cited work's authors, one by one ("Ouyang et al." gives Ouyang). */
const authorsOf = (w: CitedWork) => w.authors.replace(/,? et al\.?$/, '').split(/, | and /).map(a => a.trim()).filter(Boolean)

/** A cited work's authors as a caption names them: the first author's family name and "et al." where there are more than two. */
export function shortAuthors(w: CitedWork): string {
  const authors = authorsOf(w)
  return authors.length > 2 || w.authors.endsWith('et al.') ? `${authors[0]!.split(' ').at(-1)} et al.` : authors.join(' and ')
}

/** A cited work in BibTeX: an arXiv preprint as an article, anything else as misc; the key from the first author's family name. */
export function workCitation(w: CitedWork): Citation {
  const authors = authorsOf(w)
  const family = (authors[0] ?? 'anon').split(' ').at(-1)!.toLowerCase().replace(/[^a-z0-9]/g, '') || 'anon'
  const arxiv = w.arxiv ?? /arxiv\.org\/abs\/([\d.]+)/.exec(w.url)?.[1]
  return { key: `${family}${w.year}`, type: arxiv ? 'article' : 'misc', title: w.title, authors: w.authors.endsWith('et al.') ? [...authors, 'others'] : authors, year: w.year, url: w.url, ...(arxiv ? { arxiv } : {}) }
}

/** The citation's entries, one or several. */
export const citationsOf = (a: Pick<ChartAbout, 'citation'>): readonly Citation[] => ([] as Citation[]).concat(a.citation)

export const datasetCsv = (d: ChartDataset): string => toCsv(d.columns, d.rows)

/** A source's date in words: 发布于 2023-10, 读取于 2025-06-12, 快照 2026-06-12. */
export function sourceDate(s: ChartSource): string {
  return s.date ? `${{ published: '发布于', read: '读取于', snapshot: '快照' }[s.dateKind]} ${s.date}` : '日期未记录'
}

/** The line under a chart's picture: its first sources (who, what, when) and their licences. */
export function pictureSourceLine(a: Pick<ChartAbout, 'sources'>, most = 3): string {
  const named = a.sources.slice(0, most).map(s => `${s.by}《${s.title}》${s.date ? `（${s.date}）` : ''}`)
  const more = a.sources.length > most ? ` 等 ${a.sources.length} 项` : ''
  const licences = [...new Set(a.sources.map(s => s.licence))].join('；')
  return `来源：${named.join('；')}${more}。许可：${licences}。`
}
