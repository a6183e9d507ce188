import { type ChartAbout, workCitation, workSource } from '../chart/about'
import type { FrameworksSource, FrameworkTable } from './frameworks'

/** The frameworks table's panel: what each level of OSAID and MOF requires of each of the lecture's artefacts. */
export function frameworksAbout(data: FrameworksSource, table: FrameworkTable): ChartAbout {
  const rows = table.stages.flatMap(s => s.rows.flatMap(r => table.columns.map((c) => {
    const cell = table.cells[r.id]![c.id]!
    return [s.id, r.id, r.label, c.framework, c.id, c.labelEn, cell.value, cell.by.map(b => `${b.component}:${b.extent}`).join(' ')]
  })))
  const columns = [
    { id: 'stage', label: '阶段' }, { id: 'artefact_id', label: '内容代号' }, { id: 'artefact', label: '内容' },
    { id: 'framework', label: '框架' }, { id: 'level_id', label: '级别代号' }, { id: 'level', label: '级别' },
    { id: 'requirement', label: '要求（required/partial/not-required）' }, { id: 'covered_by', label: '对应的组件' },
  ]
  const first = data.frameworks[0]!
  return {
    fileName: 'openness-frameworks',
    sources: data.frameworks.map(f => workSource(f.citation, `${f.name}（${f.publisher}，${f.released}）`)),
    method: '每格是该级别要求公开的组件是否涵盖这一项内容：全部涵盖为“要求”，部分涵盖为“部分”，否则为“不要求”；高一级包含低一级的要求。',
    citation: workCitation(first.citation),
    shown: () => ({ columns, rows }),
    full: () => ({ columns, rows }),
  }
}
