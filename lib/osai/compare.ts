import type { OsaiClass } from './score'

/** Where the lecture's 13 artefacts and the index's 12 parameters ask the same question. */
export const OSAI_LECTURE_ASPECTS = [
  { id: 'weights', lecture: 'weights', osai: 'weights_basemodel', label: '模型参数', labelEn: 'weights' },
  { id: 'training-code', lecture: 'training-code', osai: 'trainingcode', label: '训练代码', labelEn: 'training code' },
  { id: 'data', lecture: 'data-content', osai: 'datasources_basemodel', label: '预训练数据', labelEn: 'pretraining data' },
] as const

interface LectureSource { models: readonly { id: string, name: string, ratings: Readonly<Record<string, string>> }[] }
interface IndexSource { models: readonly { id: string, name: string, endModel: string, released: string | null, ratings: Readonly<Record<string, { class: OsaiClass, links: readonly string[], note: string }>> }[] }

export interface OsaiComparisonCell { aspect: string, lecture: string, osai: OsaiClass, agree: boolean, note: string, link: string | null }

/** Lecture open = index open, lecture closed = index closed; anything else (partial above all) is a disagreement. */
export function osaiCompare(lecture: LectureSource, index: IndexSource, pairs: readonly { osai: string, lecture: string }[]) {
  return pairs.map((p) => {
    const l = lecture.models.find(m => m.id === p.lecture)
    const o = index.models.find(m => m.id === p.osai)
    if (!l || !o)
      throw new Error(`osai comparison: "${p.lecture}" or "${p.osai}" is missing`)
    const cells: OsaiComparisonCell[] = OSAI_LECTURE_ASPECTS.map((a) => {
      const lv = l.ratings[a.lecture]
      const r = o.ratings[a.osai]
      if (!lv || !r)
        throw new Error(`osai comparison: no rating for ${a.id} of ${p.lecture}/${p.osai}`)
      return { aspect: a.id, lecture: lv, osai: r.class, agree: lv === r.class, note: r.note, link: r.links[0] ?? null }
    })
    return { lectureId: l.id, lectureName: l.name, osaiId: o.id, osaiName: o.name, endModel: o.endModel, released: o.released, cells }
  })
}

export function agreementCounts(rows: ReturnType<typeof osaiCompare>) {
  const cells = rows.flatMap(r => r.cells)
  return { total: cells.length, agree: cells.filter(c => c.agree).length }
}
