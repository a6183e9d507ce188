import type { CitedWork } from '../chart/about'
import type { OpennessSourceModel } from './source'

/** The report a model's ratings are read from, cited with its address (and its arXiv id, read from the address). */
export function modelPaper(m: Pick<OpennessSourceModel, 'paper' | 'source'>): CitedWork {
  const arxiv = /arxiv\.org\/abs\/(\d{4}\.\d{4,5})/.exec(m.source.url ?? '')?.[1]
  return { ...m.paper, url: m.source.url!, ...(arxiv ? { arxiv } : {}) }
}
