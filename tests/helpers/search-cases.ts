import type { HitKind } from '../../lib/search/documents'

/**
 * Queries and the slide each must find first (named by a part of its title, so a slide added before it does not
 * break the case), with the kind of hit that finds it: shared by the unit test over the index and the e2e test
 * over /search?q=.
 */
export interface SearchCase {
  what: string
  query: string
  slideTitle: string
  kind: HitKind
  /** What the hit's link must carry (the heatmap's drill-down cell). */
  path?: RegExp
}

export const SEARCH_CASES: SearchCase[] = [
  { what: 'an English title word', query: 'StackLLaMA', slideTitle: 'StackLLaMA', kind: 'slide' },
  { what: 'a Chinese term inside a compound', query: '权重', slideTitle: '开放权重 ≠ 开源', kind: 'slide' },
  { what: 'a prefix', query: 'chinch', slideTitle: 'Chinchilla：', kind: 'slide' },
  { what: 'a phrase only the notes say', query: '成本只有几百美元', slideTitle: 'Alpaca 与 self-instruct', kind: 'notes' },
  { what: 'a name only a chart\'s data has', query: 'Jurassic-2', slideTitle: 'FMTI：10 家开发者', kind: 'chart' },
  { what: 'an FMTI indicator name', query: 'Carbon emissions', slideTitle: 'FMTI：10 家开发者', kind: 'chart', path: /\?cell=[\w-]+\|[\w-]+$/ },
  { what: 'a code identifier', query: 'chat.completions.create', slideTitle: 'Chat Completions API', kind: 'code' },
  { what: 'an id with a percent sign', query: 'Min-K%', slideTitle: 'Min-K% Prob', kind: 'slide' },
  { what: 'a model id with hyphens', query: 'text-davinci-003', slideTitle: '从 GPT-3 到 GPT-3.5 再到 ChatGPT', kind: 'chart' },
]
