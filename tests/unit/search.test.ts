import { gzipSync } from 'node:zlib'
import { resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { readSearchSources, searchIndexFile } from '../../scripts/search-index'
import { COMPONENT_RECORDS } from '../../lib/search/chart-records'
import { codeBlocks, namedComponents, notesByClick, searchDocuments, slideText, UnknownComponentError } from '../../lib/search/documents'
import { loadSearch, type LoadedSearch, type SearchIndexFile } from '../../lib/search/engine'
import { snippet } from '../../lib/search/snippet'
import { bigrams, indexTerms, pieces } from '../../lib/search/tokenize'
import { SEARCH_CASES } from '../helpers/search-cases'

const root = resolve(import.meta.dirname, '../..')

describe('tokenize', () => {
  it('cuts Chinese into ICU words, with bigrams inside long words and across single characters', () => {
    const terms = indexTerms('开放权重的预训练模型')
    expect(terms).toEqual(expect.arrayContaining(['开放', '模型', '权重', '重的']))
    // ICU keeps 而不是 whole.
    expect(indexTerms('而不是')).toEqual(['而不是', '而不', '不是'])
  })
  it('keeps identifiers whole, lower-cased, and also cuts them into parts', () => {
    expect(indexTerms('Min-K% Prob')).toEqual(['min-k%', 'min', 'k', 'prob'])
    expect(indexTerms('text-davinci-003')).toEqual(['text-davinci-003', 'text', 'davinci', '003'])
    expect(indexTerms('chat.completions.create')).toEqual(['chat.completions.create', 'chat', 'completions', 'create'])
    expect(indexTerms('GPT-3.5')).toEqual(['gpt-3.5', 'gpt', '3.5'])
  })
  it('separates Chinese from Latin without spaces between them', () => {
    expect(pieces('用GPT-4写').map(p => [p.kind, p.text])).toEqual([['han', '用'], ['word', 'gpt-4'], ['han', '写']])
  })
  it('gives a single character as its own bigram', () => {
    expect(bigrams('开')).toEqual(['开'])
    expect(bigrams('开放权重')).toEqual(['开放', '放权', '权重'])
  })
})

describe('documents', () => {
  it('reads a slide\'s text without its title heading, tags, code or comments', () => {
    expect(slideText('# 标题\n\n- **要点** [链接](https://x.org)\n<Chart id="a" />\n<!-- 注释 -->\n```py\nx = 1\n```\n<div class="a">正文</div>'))
      .toBe('要点 链接 正文')
  })
  it('finds code blocks, components with their props, and notes per click', () => {
    expect(codeBlocks('a\n```json\n{"k": 1}\n```\n')).toEqual(['{"k": 1}'])
    expect(namedComponents('<LandscapeTopic id="llama" :count="8" wide />')).toEqual([
      { name: 'LandscapeTopic', props: { id: 'llama', count: '8', wide: true } }])
    expect(notesByClick('开场\n[click] 第一步\n[click] 第二步')).toEqual([
      { clicks: 0, text: '开场' }, { clicks: 1, text: '第一步' }, { clicks: 2, text: '第二步' }])
  })
  it('refuses a slide that names a component the search does not know', async () => {
    const { data } = await readSearchSources(root)
    expect(() => searchDocuments([{ title: 't', content: '<NewChart />', frontmatter: {} }], data))
      .toThrow(UnknownComponentError)
  })
  it('knows every component the deck\'s slides name', async () => {
    const { slides } = await readSearchSources(root)
    const named = new Set(slides.flatMap(s => namedComponents(s.content).map(c => c.name)))
    expect([...named].filter(n => !(n in COMPONENT_RECORDS))).toEqual([])
  })
})

describe('snippet', () => {
  it('marks the hits and keeps markup as plain text', () => {
    const segs = snippet('<img src=x> 与 Chinchilla', ['chinchilla'])
    expect(segs.filter(s => s.mark).map(s => s.text)).toEqual(['Chinchilla'])
    expect(segs.map(s => s.text).join('')).toBe('<img src=x> 与 Chinchilla')
  })
  it('marks a Latin term only where a word starts', () => {
    expect(snippet('pretraining and training', ['training']).filter(s => s.mark).map(s => s.text)).toEqual(['training'])
  })
  it('cuts a long text around the first hit', () => {
    const text = `${'甲'.repeat(200)}权重${'乙'.repeat(200)}`
    const segs = snippet(text, ['权重'])
    expect(segs[0]!.text).toBe('…')
    expect(segs.at(-1)!.text).toBe('…')
    expect(segs.find(s => s.mark)!.text).toBe('权重')
  })
})

describe('the deck\'s search index', () => {
  let file: SearchIndexFile
  let search: LoadedSearch
  beforeAll(async () => {
    file = await searchIndexFile(root)
    // As the browser gets it: through JSON.
    search = loadSearch(JSON.parse(JSON.stringify(file)) as SearchIndexFile)
  }, 60_000)

  const slideTitled = (part: string) => {
    const found = file.slides.filter(s => s.title.includes(part))
    expect(found, `one slide titled with "${part}"`).toHaveLength(1)
    return found[0]!.no
  }

  it('is at most 150 KiB gzip', () => {
    expect(gzipSync(JSON.stringify(file)).length).toBeLessThanOrEqual(150 * 1024)
  })

  it('numbers the slides as the deck does and knows their titles', () => {
    expect(file.slides[0]).toEqual({ no: 1, title: '大语言模型发展中的重要问题讨论' })
    expect(file.slides.map(s => s.no)).toEqual(file.slides.map((_, i) => i + 1))
  })

  for (const c of SEARCH_CASES) {
    it(`${c.what}: "${c.query}" finds the slide titled "${c.slideTitle}" first, as a ${c.kind} hit`, () => {
      const results = search.search(c.query)
      expect(results[0]?.no).toBe(slideTitled(c.slideTitle))
      const hit = results[0]!.hits.find(h => h.kind === c.kind)
      expect(hit, `a ${c.kind} hit`).toBeDefined()
      expect(hit!.segments.some(s => s.mark)).toBe(true)
      if (c.path)
        expect(hit!.path).toMatch(c.path)
    })
  }

  it('the notes phrase is in the notes only', () => {
    const c = SEARCH_CASES.find(x => x.kind === 'notes')!
    const holders = file.docs.filter(d => `${d.n} ${d.b}`.includes(c.query))
    expect(holders.length).toBeGreaterThan(0)
    expect(holders.every(d => d.k === 'notes')).toBe(true)
  })

  it('the chart name is in a chart\'s data only', () => {
    const c = SEARCH_CASES.find(x => x.what.startsWith('a name only'))!
    const holders = file.docs.filter(d => `${d.n} ${d.b}`.toLowerCase().includes(c.query.toLowerCase()))
    expect(holders.length).toBeGreaterThan(0)
    expect(holders.every(d => d.k === 'chart')).toBe(true)
  })

  it('tolerates a typo in a longer word and ignores case', () => {
    expect(search.search('Chinchila')[0]?.no).toBe(slideTitled('Chinchilla：'))
    expect(search.search('CHINCHILLA')[0]?.no).toBe(slideTitled('Chinchilla：'))
  })

  it('needs every word of the query (AND)', () => {
    expect(search.search('Chinchilla 开放权重 Min-K%')).toEqual([])
  })

  it('finds nothing for markup and gives no hit with markup in it', () => {
    const results = search.search('<img src=x onerror=alert(1)>')
    for (const r of results)
      expect(r.hits.every(h => h.segments.every(s => !s.text.includes('<img')))).toBe(true)
    expect(search.search('')).toEqual([])
    expect(search.search('   ')).toEqual([])
  })

  it('groups hits by slide, best slide first', () => {
    const results = search.search('模型')
    expect(new Set(results.map(r => r.no)).size).toBe(results.length)
    const scores = results.map(r => r.score)
    expect(scores).toEqual([...scores].sort((a, b) => b - a))
  })
})
