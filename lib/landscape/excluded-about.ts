import { type ChartAbout, type ChartSource, CITED_ONLY } from '../chart/about'
import type { ModelsData } from '../data/models-schema'

/** The owner of a repository's address (github.com/owner/repo, huggingface.co/owner/repo): who published it. */
const owner = (url: string) => new URL(url).pathname.split('/')[1] ?? new URL(url).host

/**
 * The panel of the entries left off the timeline: the list they were read from (unsigned, undated, dated by the day
 * it was read), each entry with its reason and its repository, cited by its owner as read that day.
 */
export function excludedAbout(data: Pick<ModelsData, 'tracker' | 'excluded'>): ChartAbout {
  const t = data.tracker
  const list: ChartSource = { title: t.title, by: `${t.medium}，未署名`, date: t.readOn, dateKind: 'read', licence: CITED_ONLY }
  const columns = [{ id: 'entry', label: '清单中的条目' }, { id: 'reason', label: '为什么不在时间线上' }, { id: 'url', label: '出处' }]
  const rows = data.excluded.map(e => [e.name, e.reason, e.source.url ?? null])
  const year = Number(t.readOn.slice(0, 4))
  return {
    fileName: 'excluded-rows',
    sources: [list],
    method: `《${t.title}》列出的开源项目中，这些条目是训练代码、数据集、工具或玩笑，不是一个模型，所以不在时间线上；每条的原因依其仓库页面。${t.readNote}`,
    citation: data.excluded.filter(e => e.source.url).map(e => ({
      key: `${owner(e.source.url!).toLowerCase().replace(/[^a-z0-9]/g, '')}-${e.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'entry'}`,
      type: 'misc' as const,
      title: e.name,
      authors: [owner(e.source.url!)],
      year,
      url: e.source.url,
      note: `repository, accessed ${t.readOn}`,
    })),
    shown: () => ({ columns, rows }),
    full: () => ({ columns, rows }),
  }
}
