/**
 * How a chart's dataset is cited: as a BibTeX entry (for LaTeX and reference managers) and as one line of text.
 * The facts (authors, year, title, address) come from the chart's data file; this only writes them out.
 */
export interface Citation {
  /** The BibTeX key: letters, digits and hyphens (bommasani2023fmti). */
  key: string
  /** `misc` for a dataset or a web page, `article` for a preprint, `inproceedings` for a conference paper. */
  type: 'misc' | 'article' | 'inproceedings'
  title: string
  /** As the source writes them: "Bommasani, Rishi" or a family name alone. */
  authors: readonly string[]
  year: number
  /** The conference or journal, where there is one. */
  venue?: string
  pages?: string
  url?: string
  doi?: string
  /** An arXiv identifier, such as 2310.12941. */
  arxiv?: string
  /** A version or snapshot (FMTI v1.1; the index as of 2026-06-12). */
  note?: string
}

/** A value inside BibTeX's braces: its special characters escaped, braces balanced. */
function braced(value: string): string {
  return `{${value.replace(/[\\{}]/g, c => (c === '\\' ? '\\textbackslash{}' : `\\${c}`)).replace(/[&%$#_]/g, c => `\\${c}`)}}`
}

/** The entry in BibTeX, one field a line; the title in double braces, so a style keeps its capitals. */
export function bibtex(c: Citation): string {
  const fields: [string, string | undefined][] = [
    ['title', `{${braced(c.title)}}`],
    ['author', braced(c.authors.join(' and '))],
    ['year', String(c.year)],
    [c.type === 'article' ? 'journal' : 'booktitle', c.type === 'misc' || !c.venue ? undefined : braced(c.venue)],
    ['pages', c.pages && braced(c.pages)],
    ['eprint', c.arxiv && braced(c.arxiv)],
    ['archivePrefix', c.arxiv && '{arXiv}'],
    ['doi', c.doi && braced(c.doi)],
    ['url', c.url && `{${c.url}}`],
    ['note', c.note && braced(c.note)],
  ]
  const body = fields.filter(([, v]) => v !== undefined).map(([k, v]) => `  ${k} = ${v}`).join(',\n')
  return `@${c.type}{${c.key},\n${body}\n}\n`
}

/** The same citation as a line of text: authors (year). Title. Venue, pages. Note. doi or address. */
export function citationText(c: Citation): string {
  const authors = c.authors.length > 3 ? `${c.authors[0]} et al.` : c.authors.join(', ')
  const where = [c.venue, c.pages && `pp. ${c.pages}`].filter(Boolean).join(', ')
  const link = c.doi ? `https://doi.org/${c.doi}` : c.url
  return [`${authors} (${c.year}). ${c.title}.`, where && `${where}.`, c.note && `${c.note}.`, link].filter(Boolean).join(' ')
}
