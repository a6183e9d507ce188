import { type ChartAbout, type ChartSource, type CitedWork, workCitation, workSource } from '../chart/about'
import type { OpenWeights } from '../data/openness-schema'
import type { OpennessSource } from './source'

/**
 * The open-weights figure's panel: the hub's listing (step 0), then what the model releases of each artefact (step 1).
 * The listing is a page that changes: its date is the latest update it shows, as the data records it.
 */
export function openWeightsAbout(data: OpennessSource, hub: OpenWeights, paper: CitedWork, step: number): ChartAbout {
  const model = data.models.find(m => m.id === hub.model)!
  const listing: ChartSource = {
    title: `${hub.hub}: ${hub.organisation}`,
    by: hub.organisation,
    date: `${hub.capturedAfter} 之后`,
    dateKind: 'read',
    url: hub.source.url,
    licence: '页面截图中的事实；各仓库的许可见其页面',
  }
  const columns = [{ id: 'part', label: '部分' }, { id: 'id', label: '代号' }, { id: 'label', label: '名称' }, { id: 'value', label: '值' }, { id: 'downloads_or_stage', label: '下载数 / 阶段' }, { id: 'updated', label: '更新' }]
  const entries = hub.entries.map(e => ['hub', e.repo, e.task, null, e.count, e.updated])
  const artefacts = data.artefacts.map(a => ['release', a.id, a.label, model.ratings[a.id] ?? null, a.stage, null])
  return {
    fileName: `open-weights-${hub.model}`,
    sources: [listing, workSource(paper)],
    method: `上半是 ${hub.hub} 上 ${hub.organisation} 的仓库列表（截于 ${hub.capturedAfter} 之后，具体日期未记录）；下半是 ${model.name} 对课上 ${data.artefacts.length} 项内容的公开情况（open 公开、closed 未公开、na 不适用），依其论文。`,
    citation: workCitation(paper),
    shown: () => ({ columns, rows: step >= 1 ? [...entries, ...artefacts] : entries }),
    full: () => ({ columns, rows: [...entries, ...artefacts] }),
  }
}
