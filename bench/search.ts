/**
 * The search (issue 28), measured on the built index (dist/search-index.json) in Node: its size, loading it
 * (JSON.parse and MiniSearch.loadJS) and the time of each query of the tests' cases and a few more. The browser's
 * load (fetch included) is measured in bench/run.ts.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { gzipSync } from 'node:zlib'
import { loadSearch, type SearchIndexFile } from '../lib/search/engine'
import { SEARCH_INDEX_FILE } from '../lib/search/index-file'
import { SEARCH_CASES } from '../tests/helpers/search-cases'

type Report = (what: string, value: string, target?: string) => void
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

export function benchSearch(dist: string, report: Report) {
  const text = readFileSync(join(dist, SEARCH_INDEX_FILE), 'utf8')
  report('Search index (dist/search-index.json), gzip', `${(gzipSync(text).length / 1024).toFixed(0)} KiB (${(Buffer.byteLength(text) / 1024).toFixed(0)} KiB raw)`, '≤ 150 KiB')
  // Wall time and this process's CPU time: on a shared machine the first grows with the load, the second much less.
  const loads: number[] = []
  const cpu: number[] = []
  let search = loadSearch(JSON.parse(text) as SearchIndexFile)
  for (let i = 0; i < 10; i++) {
    const t = performance.now()
    const c = process.cpuUsage()
    search = loadSearch(JSON.parse(text) as SearchIndexFile)
    const used = process.cpuUsage(c)
    loads.push(performance.now() - t)
    cpu.push((used.user + used.system) / 1000)
  }
  report('Search index load in Node: JSON.parse + MiniSearch.loadJS (median of 10)', `${median(loads).toFixed(0)} ms (CPU ${median(cpu).toFixed(0)} ms)`, '≤ 300 ms')
  const queries = [...SEARCH_CASES.map(c => c.query), '模型', 'a', '开', 'transparency data', '大语言模型的训练数据', 'Chinchila']
  const times = queries.map((q) => {
    const runs: number[] = []
    for (let i = 0; i < 20; i++) {
      const t = performance.now()
      search.search(q)
      runs.push(performance.now() - t)
    }
    return { q, ms: median(runs) }
  })
  const slowest = times.reduce((a, b) => (b.ms > a.ms ? b : a))
  report(`Search query time, ${queries.length} queries (median of 20 runs each)`, `median ${median(times.map(t => t.ms)).toFixed(2)} ms, slowest ${slowest.ms.toFixed(2)} ms ("${slowest.q}")`, '≤ 30 ms')
}
