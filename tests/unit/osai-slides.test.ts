import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { agreementCounts, osaiCompare } from '../../lib/osai/compare'
import { openShares } from '../../lib/osai/landscape-layout'
import { osaiModelScore } from '../../lib/osai/score'
import { OSAI_LECTURE_MODELS } from '../../lib/osai/selection'

const root = resolve(import.meta.dirname, '../..')
const data = JSON.parse(readFileSync(resolve(root, 'data/osai-index.json'), 'utf8'))
const lecture = JSON.parse(readFileSync(resolve(root, 'data/openness.json'), 'utf8'))
const md = readFileSync(resolve(root, 'slides/02-openness.md'), 'utf8')
const slideWith = (tag: string) => md.split(/\n---\n/).find(s => s.includes(tag))!
const notes = (tag: string) => slideWith(tag).match(/<!--([\s\S]*?)-->/)![1]!
const scoreOf = (m: { ratings: Record<string, { class: string }> }) => osaiModelScore(m as Parameters<typeof osaiModelScore>[0], data.parameters.map((p: { id: string }) => p.id))
const score = (id: string) => scoreOf(data.models.find((m: { id: string }) => m.id === id)).toFixed(2)
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2
}

describe('speaker notes of the index slides say what the data says', () => {
  it('matrix slide: scores and the median', () => {
    const n = notes('<OsaiOpennessMatrix')
    expect(n).toContain(`OLMo 和 BLOOMZ ${score('olmo')}`)
    expect(score('olmo')).toBe(score('bloomz'))
    expect(n).toContain(`Amber ${score('amber')}`)
    expect(n).toContain(`K2 ${score('k2')}`)
    expect(n).toContain(`Qwen 只有 ${score('qwen')}，Llama 2 ${score('llama-2-chat')}，Mistral ${score('mistral')}，GPT OSS ${score('gpt-oss')}`)
    expect(n).toContain(`全部 ${data.models.length} 个文本模型`)
    expect(n).toContain(`中位数是 ${median(data.models.map(scoreOf)).toFixed(2)}`)
  })
  it('landscape slide: counts of open parameters and scores', () => {
    const n = notes('<OsaiLandscape')
    const s = Object.fromEntries(openShares(data, ['weights_endmodel', 'datasources_basemodel', 'trainingcode']).map(x => [x.id, x.open]))
    const ms = (data.models as { ratings: Record<string, { class: string }> }[]).map(m => ({ ...m, score: scoreOf(m) }))
    expect(n).toContain(`${ms.length} 个模型都自称开源，其中 ${s.weights_endmodel} 个的终端模型权重是开放的，但基座模型数据开放的只有 ${s.datasources_basemodel} 个，训练代码开放的只有 ${s.trainingcode} 个`)
    expect(n).toContain(`有 ${ms.filter(m => m.score < 0.5).length} 个模型得分不到 0.5，得分在 0.75 以上的只有 ${ms.filter(m => m.score >= 0.75).length} 个`)
    expect(n).toContain(`基座数据不开放的模型有 ${ms.filter(m => m.ratings.weights_endmodel!.class === 'open' && m.ratings.datasources_basemodel!.class !== 'open').length} 个`)
  })
  it('agreement slide: agreements counted from both files', () => {
    const c = agreementCounts(osaiCompare(lecture, data, OSAI_LECTURE_MODELS))
    expect(notes('<OsaiAgreement')).toContain(`一共 ${c.total} 处，其中 ${c.agree} 处一致`)
    expect(notes('<OsaiAgreement')).toContain('不一致的两处')
    expect(c.total - c.agree).toBe(2)
  })
})
