import type { EvolutionMethodId } from '../data/gpt-evolution-ids'
import { monthLabelZh } from '../format/month'
import type { EvolutionStep } from './steps'

/**
 * The evolution graph's words on a Chinese slide (issue 9): legend, lanes and step caption in Chinese, with the
 * English term where the field uses it (SFT, FeedME, RLHF, PPO). The data keeps its English labels for the
 * tooltips and the data table, which quote the sources.
 */
export const METHOD_LABELS_ZH: Record<EvolutionMethodId, string> = {
  'code': '代码训练',
  'code-instruction': '语言与代码训练后指令微调',
  'sft': '有监督指令微调（SFT）',
  'feedme': 'FeedME',
  'rlhf': 'RLHF（PPO）',
  'variant': '同一模型，新名称或上下文',
  'replacement': '被替换为',
  'alias': '别名指向',
}

export const EVIDENCE_LABELS_ZH = { stated: '来源明说', inferred: '推断', range: '来源给出的日期范围' } as const

/** A lane's second line: "GPT-3" / "系列". */
export const SERIES_SUFFIX_ZH = '系列'

/** The caption at a step: "截至 2021 年", "截至 2022 年 3 月" (also for a year's only step that ends before December), and for the last step "2023 年及以后". */
export function stepCaptionZh(step: EvolutionStep): string {
  if (step.through === null)
    return step.from.endsWith('-01') ? `${step.from.slice(0, 4)} 年及以后` : `${monthLabelZh(step.from)}及以后`
  return /^\d{4}$/.test(step.label) && step.through.endsWith('-12') ? `截至 ${step.label} 年` : `截至 ${monthLabelZh(step.through)}`
}
