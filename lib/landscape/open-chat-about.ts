import { type ChartAbout, type ChartDataset, CITED_ONLY } from '../chart/about'
import type { OpenChatModelsData } from '../data/open-chat-models-schema'
import type { ModelsData } from '../data/models-schema'

type Project = OpenChatModelsData['projects'][number]

const columns = [
  { id: 'project_id', label: '项目代号' }, { id: 'project', label: '项目' }, { id: 'organisation', label: '机构' },
  { id: 'released', label: '发布' }, { id: 'backbone', label: '基座' }, { id: 'data', label: '数据（类型:条数:来源）' },
  { id: 'tuning', label: '微调方法' }, { id: 'sizes_b', label: '参数规模（十亿）' }, { id: 'languages', label: '语言' },
  { id: 'url', label: '出处' },
]

/**
 * The open chat models' panel: each project's page, dated by the release month data/models.json gives it; the
 * projects of the table shown (its group: Chinese, other or all), and every project in full.
 */
export function openChatAbout(data: OpenChatModelsData, models: ModelsData, group: string, shown: readonly Project[]): ChartAbout {
  const released = new Map(models.models.map(m => [m.id, m.released]))
  const when = (p: Project) => (p.model && released.get(p.model)) || null
  const row = (p: Project) => [
    p.id, p.name, p.organisation, when(p), p.backbone.name,
    p.data.map(d => `${d.kind}:${d.count ?? d.volume ?? ''}:${d.origin}`).join('; '),
    p.tuning.join('; '), p.sizesB.join('; '), p.languages.join('; '), p.source.url ?? null,
  ]
  const table = (ps: readonly Project[]): ChartDataset => ({ columns, rows: ps.map(row) })
  const dated = shown.filter(p => when(p) && p.source.url)
  return {
    fileName: `open-chat-models-${group}`,
    sources: dated.map(p => ({ title: p.name, by: p.organisation, date: when(p)!, dateKind: 'published', url: p.source.url, licence: CITED_ONLY })),
    method: '每行是一个开源对话模型项目：基座、微调数据（类型、条数、由谁或如何生成）、微调方法与参数规模，依各项目的发布页面或仓库；发布月份取自时间线的数据。',
    citation: dated.map(p => ({
      key: `${p.id.replace(/[^a-z0-9]/g, '')}${when(p)!.slice(0, 4)}`,
      type: 'misc' as const,
      title: p.name,
      authors: [p.organisation],
      year: Number(when(p)!.slice(0, 4)),
      url: p.source.url,
      note: `released ${when(p)}`,
    })),
    shown: () => table(shown),
    full: () => table(data.projects),
  }
}
