import { type ChartAbout, type ChartDataset, type ChartSource, CITED_ONLY } from '../chart/about'
import type { Citation } from '../chart/citation'
import type { OsaiIndexData } from '../data/osai-index-schema'
import type { OsaiComparisonCell } from './compare'
import type { OsaiMatrixLayout, OsaiMatrixSource } from './matrix-layout'
import { osaiModelScore } from './score'

type OsaiSource = OsaiIndexData['source']
type OsaiData = OsaiMatrixSource & { source: OsaiSource }

/** The index's licence as the data names it ("CC-BY 4.0"), with the database's date and DOI. */
const version = (s: OsaiSource) => `数据库 ${s.asOf}（${new URL(s.repository).pathname.slice(1)} ${s.revision}），doi:${s.doi}`

/** The index's database (its snapshot, DOI and revision) and the paper that describes its method. */
export function osaiSources(s: OsaiSource): ChartSource[] {
  return [
    { title: s.title, by: s.authors.join(', '), date: s.asOf, dateKind: 'snapshot', url: s.url, licence: s.license, version: version(s) },
    { title: s.paperTitle, by: s.authors.join(', '), date: String(s.year), dateKind: 'published', licence: CITED_ONLY, version: `${s.venue}, pp. ${s.pages}` },
  ]
}

/** How to cite the index: its paper, with the database's snapshot, DOI and licence in the note. */
export function osaiCitation(s: OsaiSource): Citation {
  return {
    key: `osai-index-${s.asOf}`,
    type: 'inproceedings',
    title: s.paperTitle,
    authors: s.authors,
    year: s.year,
    venue: s.venue,
    pages: s.pages,
    url: s.url,
    note: `${s.title}, database as of ${s.asOf} (${s.repository} at ${s.revision}), doi:${s.doi}, ${s.license}`,
  }
}

const ratingColumns = [
  { id: 'model_id', label: '模型代号' }, { id: 'model', label: '模型' }, { id: 'org', label: '机构' },
  { id: 'end_model', label: '终端模型' }, { id: 'released', label: '发布' },
  { id: 'parameter_id', label: '参数代号' }, { id: 'parameter', label: '参数' }, { id: 'class', label: '评级（open/partial/closed）' },
]

/** Every rating of every text model in the index: one row per model and parameter. */
export function osaiRatingsDataset(d: OsaiData): ChartDataset {
  return {
    columns: ratingColumns,
    rows: d.models.flatMap(m => d.parameters.map(p => [m.id, m.name, m.org, m.endModel, m.released, p.id, p.nameZh, m.ratings[p.id]?.class ?? null])),
  }
}

const METHOD_SCORE = '每个模型在 12 个参数上各有一个评级：开放记 1，部分开放记 0.5，封闭记 0；模型的得分是这 12 个数的平均。'

const base = (d: OsaiData, fileName: string, method: string, shown: () => ChartDataset): ChartAbout => ({
  fileName,
  sources: osaiSources(d.source),
  method,
  citation: osaiCitation(d.source),
  shown,
  full: () => osaiRatingsDataset(d),
})

/** The matrix: the ratings of the models shown at this step, their scores once the step shows them. */
export function osaiMatrixAbout(d: OsaiData, layout: Pick<OsaiMatrixLayout, 'marks' | 'columns'>, phases: readonly string[], showScores: boolean): ChartAbout {
  const params = d.parameters.map(p => p.id)
  const model = new Map(d.models.map(m => [m.id, m]))
  const param = new Map(d.parameters.map(p => [p.id, p]))
  const marks = layout.marks.filter(m => phases.includes(m.phase))
  return base(d, `osai-openness-${d.source.asOf}`, `${METHOD_SCORE}图中每格是该模型在该参数上的评级。`, () => ({
    columns: [...ratingColumns.filter(c => ['model_id', 'model', 'parameter_id', 'parameter', 'class'].includes(c.id)), { id: 'model_score', label: '模型得分' }],
    rows: marks.map(m => [m.col, model.get(m.col)!.name, m.row, param.get(m.row)!.nameZh, m.value, showScores ? osaiModelScore(model.get(m.col)!, params) : null]),
  }))
}

/** The landscape: every text model, dated or not, by its score and release month. */
export function osaiLandscapeAbout(d: OsaiData): ChartAbout {
  const params = d.parameters.map(p => p.id)
  return base(d, `osai-landscape-${d.source.asOf}`, `${METHOD_SCORE}图中每点是一个模型，横轴为发布月份，纵轴为得分；没有发布月份的模型只在表中。`, () => ({
    columns: [{ id: 'model_id', label: '模型代号' }, { id: 'model', label: '模型' }, { id: 'org', label: '机构' }, { id: 'released', label: '发布' }, { id: 'weights_endmodel', label: '终端模型权重' }, { id: 'score', label: '得分' }],
    rows: d.models.map(m => [m.id, m.name, m.org, m.released, m.ratings.weights_endmodel?.class ?? null, osaiModelScore(m, params)]),
  }))
}

/** The agreement table: per model and aspect, the lecture's judgement beside the index's rating. */
export function osaiAgreementAbout(d: OsaiData, rows: readonly { lectureId: string, osaiId: string, osaiName: string, cells: readonly OsaiComparisonCell[] }[]): ChartAbout {
  return base(d, `osai-agreement-${d.source.asOf}`, '每行把课上对一个模型某一方面的判断（开放、部分开放、封闭）与指数对同一方面的评级并列，二者相同记为一致。', () => ({
    columns: [{ id: 'lecture_model', label: '课上模型代号' }, { id: 'osai_model', label: '指数模型代号' }, { id: 'model', label: '模型' }, { id: 'aspect', label: '方面' }, { id: 'lecture', label: '课上判断' }, { id: 'osai', label: '指数评级' }, { id: 'agree', label: '一致' }],
    rows: rows.flatMap(r => r.cells.map(c => [r.lectureId, r.osaiId, r.osaiName, c.aspect, c.lecture, c.osai, c.agree])),
  }))
}
