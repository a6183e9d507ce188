import { type ChartAbout, type ChartSource, CITED_ONLY, workCitation, workSource } from '../chart/about'
import { clampStep } from '../chart/steps'
import type { ChatgptPipelineData } from '../data/chatgpt-pipeline-schema'
import type { ModelsData } from '../data/models-schema'

const columns = [
  { id: 'n', label: '序号' }, { id: 'stage_id', label: '阶段代号' }, { id: 'stage', label: '阶段' }, { id: 'stage_en', label: '阶段（英文）' },
  { id: 'input', label: '输入' }, { id: 'output', label: '输出' }, { id: 'explanation', label: '说明' },
]

/**
 * The training pipeline's panel: the stages drawn at the chart's step (0..k), and all four in full; the reward
 * model's and PPO's details from the InstructGPT paper, the stages as the tracking document describes them.
 */
export function pipelineAbout(data: ChatgptPipelineData, tracker: ModelsData['tracker'], step: number): ChartAbout {
  const list: ChartSource = { title: tracker.title, by: `${tracker.medium}，未署名`, date: tracker.readOn, dateKind: 'read', licence: CITED_ONLY }
  const rows = data.stages.map((s, i) => [i, s.id, s.name, s.nameEn, s.input, s.output, s.explanation])
  return {
    fileName: 'chatgpt-training-pipeline',
    sources: [workSource(data.paper), list],
    method: `ChatGPT 的训练分 ${data.stages.length} 个阶段，每个阶段的输入与输出依《${tracker.title}》的描述；奖励模型的排序例子与 PPO 的做法取自 InstructGPT 论文（${data.paper.authors}，${data.paper.year}）。`,
    citation: workCitation(data.paper),
    shown: () => ({ columns, rows: rows.slice(0, clampStep(step, rows.length - 1) + 1) }),
    full: () => ({ columns, rows }),
  }
}
