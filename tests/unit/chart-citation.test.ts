import { entries } from 'bibtex-parse'
import { describe, expect, it } from 'vitest'
import { bibtex, type Citation, citationText } from '../../lib/chart/citation'

const osai: Citation = {
  key: 'liesenfeld2024osai',
  type: 'inproceedings',
  title: 'Rethinking open source generative AI: open-washing and the EU AI Act',
  authors: ['Liesenfeld, Andreas', 'Dingemanse, Mark'],
  year: 2024,
  venue: 'Proceedings of the 2024 ACM Conference on Fairness, Accountability, and Transparency (FAccT \'24)',
  pages: '1774–1787',
  doi: '10.5281/zenodo.15386042',
  url: 'https://osai-index.eu/',
  note: 'Index database as of 2026-06-12',
}

describe('a chart\'s citation', () => {
  it('is a BibTeX entry that a BibTeX parser reads back: type, key, title, authors, year', () => {
    const [entry] = entries(bibtex(osai))
    expect(entry).toMatchObject({
      type: 'inproceedings',
      key: 'liesenfeld2024osai',
      TITLE: osai.title,
      AUTHOR: 'Liesenfeld, Andreas and Dingemanse, Mark',
      YEAR: 2024,
      PAGES: '1774–1787',
      DOI: '10.5281/zenodo.15386042',
    })
  })
  it('escapes what BibTeX would read as commands', () => {
    const text = bibtex({ ...osai, title: 'R&D at 100% {really}', note: 'a_b #1 $5' })
    expect(text).toContain('title = {{R\\&D at 100\\% \\{really\\}}}')
    expect(text).toContain('note = {a\\_b \\#1 \\$5}')
    // A bare % would start a comment and cut the entry: the parser still reads every field.
    const [entry] = entries(text)
    expect(Object.keys(entry!)).toEqual(expect.arrayContaining(['TITLE', 'AUTHOR', 'YEAR', 'NOTE', 'URL']))
  })
  it('gives an arXiv preprint its eprint', () => {
    const [entry] = entries(bibtex({ key: 'bommasani2023fmti', type: 'article', title: 'The Foundation Model Transparency Index', authors: ['Bommasani', 'Klyman'], year: 2023, arxiv: '2310.12941', url: 'https://arxiv.org/abs/2310.12941' }))
    expect(entry).toMatchObject({ type: 'article', EPRINT: '2310.12941', ARCHIVEPREFIX: 'arXiv', URL: 'https://arxiv.org/abs/2310.12941' })
  })
  it('reads as one line of text, with the doi as an address', () => {
    expect(citationText(osai)).toBe('Liesenfeld, Andreas, Dingemanse, Mark (2024). Rethinking open source generative AI: open-washing and the EU AI Act. '
      + 'Proceedings of the 2024 ACM Conference on Fairness, Accountability, and Transparency (FAccT \'24), pp. 1774–1787. Index database as of 2026-06-12. https://doi.org/10.5281/zenodo.15386042')
  })
})
