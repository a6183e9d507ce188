/**
 * Derives the three FMTI editions (2023-10, 2024-05, 2025-12) from the official CSVs, as text in, plain objects and
 * the data files' text out: the only place the CSVs are read. Pure: scripts/derive-fmti.ts reads sources/fmti/ and
 * writes data/; the unit tests feed small fixture CSVs.
 *
 * The CSVs' quirks are handled here, never by editing the files: a UTF-8 BOM, trailing spaces in names, a 2024 report
 * whose first header cell is not "Indicator" (Adept), indicators renamed from 2023 to 2024, developers named
 * differently across editions ("Stability AI" / "Stability"), and 2025's own indicators and subdomains. Every
 * developer's scores are cross-checked: a report row against the scores CSV, the scores against the CSV's Total row.
 * A mismatch throws, naming the file and the row.
 */
import { csvParseRows } from 'd3-dsv'
import { kebabCase } from '../format/kebab-case'
import { sum } from '../math/sum-and-mean'

export type EditionId = '2023-10' | '2024-05' | '2025-12'
export interface DerivedSubdomain { id: string, name: string, domain: string }
export interface DerivedIndicator { id: string, name: string, subdomain: string, definition: string, formerName?: string }
/** A developer's 0/1 per indicator, in the order of the edition's indicators; the total is their sum. */
export interface DerivedDeveloper { id: string, name: string, scores: number[] }
export interface DerivedEdition {
  id: EditionId
  subdomains: DerivedSubdomain[]
  indicators: DerivedIndicator[]
  developers: DerivedDeveloper[]
}
export interface DerivedReportRow { disclosure: string, justification: string, references: string[] }
export interface DerivedReports { edition: EditionId, developers: Record<string, DerivedReportRow[]> }

/** Names a developer carries in a later edition or in a report's file name -> the name its id is made from. */
const DEVELOPER_ALIASES: Record<string, string> = {
  'Stability': 'Stability AI',
  'Stability-AI': 'Stability AI',
  'BigCode-Hugging-Face-ServiceNow': 'BigCode',
  'AI21-Labs': 'AI21 Labs',
  'Aleph-Alpha': 'Aleph Alpha',
}

/** 2024 name -> 2023 name of the indicators the 2024 edition renamed. */
const RENAMED_2024: Record<string, string> = {
  'License': 'Model Asset License',
  'Release decision-making': 'Release decision-making protocol',
}

export const developerId = (name: string) => kebabCase(DEVELOPER_ALIASES[name.trim()] ?? name)
const clean = (s: string | undefined) => (s ?? '').replace(/\u2028/g, '\n').replace(/\r\n?/g, '\n').trim()

/** A CSV as rows of cells, without BOM, with its header row. */
export function readCsv(file: string, text: string): { file: string, header: string[], rows: string[][] } {
  const all = csvParseRows(text.replace(/^\uFEFF/, ''))
  const [header, ...rows] = all
  if (!header)
    throw new Error(`${file}: empty CSV`)
  return { file, header: header.map(h => h.trim()), rows: rows.filter(r => r.some(c => c.trim() !== '')) }
}

function column(csv: ReturnType<typeof readCsv>, name: string): number {
  const i = csv.header.indexOf(name)
  if (i < 0)
    throw new Error(`${csv.file}: no column "${name}" in the header (${csv.header.join(', ')})`)
  return i
}

function score(file: string, rowNumber: number, indicator: string, cell: string | undefined): number {
  const v = (cell ?? '').trim()
  if (v !== '0' && v !== '1')
    throw new Error(`${file} row ${rowNumber} ("${indicator}"): expected a score 0 or 1, got "${cell ?? ''}"`)
  return Number(v)
}

interface ScoreTable { names: string[], developers: { name: string, scores: number[] }[] }

/**
 * Reads a scores CSV (indicator rows, one column per developer, optionally a last "Total" row). The Total row, where
 * there is one, must equal each developer's sum. Row numbers count the header as row 1, as a spreadsheet does.
 */
function readScores(csv: ReturnType<typeof readCsv>, firstDeveloperColumn: number): ScoreTable {
  const ind = column(csv, 'Indicator')
  const devNames = csv.header.slice(firstDeveloperColumn).filter(h => h !== '' && h !== 'Total')
  const isTotal = (r: string[]) => r[ind]?.trim() === 'Total'
  const indicatorRows = csv.rows.filter(r => !isTotal(r))
  const names = indicatorRows.map(r => r[ind]!.trim())
  const developers = devNames.map((name) => {
    const c = csv.header.indexOf(name)
    const scores = indicatorRows.map(r => score(csv.file, csv.rows.indexOf(r) + 2, r[ind]!.trim(), r[c]))
    return { name, scores }
  })
  const totalRow = csv.rows.find(isTotal)
  if (totalRow) {
    for (const d of developers) {
      const c = csv.header.indexOf(d.name)
      const total = sum(d.scores)
      if (Number(totalRow[c]) !== total)
        throw new Error(`${csv.file} row ${csv.rows.indexOf(totalRow) + 2} ("Total"), column "${d.name}": says ${totalRow[c]}, but the indicator rows add up to ${total}`)
    }
  }
  return { names, developers }
}

/** Reads one developer's report and checks every score against the edition's scores CSV. */
function readReport(csv: ReturnType<typeof readCsv>, expected: { names: string[], scores: number[] }): DerivedReportRow[] {
  // Adept's 2024 report has "Downstream applications" where the first header cell should say "Indicator".
  const ind = 0
  const cols = { def: column(csv, 'Definition'), dis: column(csv, 'Disclosure'), jus: column(csv, 'Justification'), ref: column(csv, 'References'), score: column(csv, 'Score') }
  if (csv.rows.length !== expected.names.length)
    throw new Error(`${csv.file}: ${csv.rows.length} indicator rows, expected ${expected.names.length} as in the scores CSV`)
  const total = { report: 0, scores: 0 }
  const rows = csv.rows.map((r, i) => {
    const name = r[ind]!.trim()
    const s = score(csv.file, i + 2, name, r[cols.score])
    if (s !== expected.scores[i])
      throw new Error(`${csv.file} row ${i + 2} ("${name}"): score ${s}, but the scores CSV gives ${expected.scores[i]} for "${expected.names[i]}"`)
    total.report += s
    total.scores += expected.scores[i]!
    return {
      disclosure: clean(r[cols.dis]),
      justification: clean(r[cols.jus]),
      references: [...new Set((r[cols.ref] ?? '').match(/https?:\/\/[^\s,;"'<>\u2028]+/g) ?? [])].map(u => u.replace(/[.)\]]+$/, '')),
    }
  })
  if (total.report !== total.scores)
    throw new Error(`${csv.file}: total ${total.report}, but the scores CSV gives ${total.scores}`)
  return rows
}

export interface EditionInputs {
  /** file name (relative to sources/fmti/) -> text */
  files: Record<string, string>
}

const fileOf = (inputs: EditionInputs, name: string) => {
  const text = inputs.files[name]
  if (text === undefined)
    throw new Error(`sources/fmti/${name}: missing`)
  return readCsv(`sources/fmti/${name}`, text)
}

function subdomainsOf(rows: { domain: string, subdomain: string }[]): DerivedSubdomain[] {
  const out: DerivedSubdomain[] = []
  for (const r of rows) {
    const id = kebabCase(r.subdomain)
    if (!out.some(s => s.id === id))
      out.push({ id, name: r.subdomain, domain: kebabCase(r.domain) })
  }
  return out
}

const developersOf = (table: ScoreTable): DerivedDeveloper[] =>
  table.developers.map(d => ({ id: developerId(d.name), name: DEVELOPER_ALIASES[d.name] ?? d.name, scores: d.scores }))

function derive2023(inputs: EditionInputs): DerivedEdition {
  const csv = fileOf(inputs, '2023-10-scores.csv')
  const defs = fileOf(inputs, '2023-10-indicators.csv')
  const [dom, sub, ind] = [column(csv, 'Domain'), column(csv, 'Subdomain'), column(csv, 'Indicator')]
  // The Total row has an empty Domain; drop the trailing "Total" column.
  const table = readScores(csv, 3)
  const rows = csv.rows.filter(r => r[ind]!.trim() !== 'Total')
  const [dSub, dDef] = [column(defs, 'Subdomain'), column(defs, 'Definition')]
  if (defs.rows.length !== rows.length)
    throw new Error(`${defs.file}: ${defs.rows.length} indicators, expected ${rows.length} as in ${csv.file}`)
  const entries = rows.map(r => ({ domain: r[dom]!.trim(), subdomain: r[sub]!.trim(), name: r[ind]!.trim() }))
  const indicators = entries.map((e, i) => {
    const def = defs.rows[i]!
    if (def[dSub]!.trim().toLowerCase() !== e.subdomain.toLowerCase())
      throw new Error(`${defs.file} row ${i + 2}: subdomain "${def[dSub]!.trim()}", but ${csv.file} row ${i + 2} says "${e.subdomain}"`)
    return { id: kebabCase(e.name), name: e.name, subdomain: kebabCase(e.subdomain), definition: clean(def[dDef]) }
  })
  return {
    id: '2023-10',
    subdomains: subdomainsOf(entries),
    indicators,
    developers: developersOf(table),
  }
}

/** The report files of an edition: reports-<edition>/<Name>.csv */
const reportFiles = (inputs: EditionInputs, edition: EditionId) =>
  Object.keys(inputs.files).filter(f => f.startsWith(`reports-${edition}/`) && f.endsWith('.csv')).sort()

function withReports(inputs: EditionInputs, edition: EditionId, table: ScoreTable) {
  const reports: DerivedReports = { edition, developers: {} }
  const files = reportFiles(inputs, edition)
  for (const d of table.developers) {
    const id = developerId(d.name)
    const file = files.find(f => developerId(f.slice(f.indexOf('/') + 1, -4)) === id)
    if (!file)
      throw new Error(`sources/fmti/reports-${edition}/: no report for developer "${d.name}" (id ${id})`)
    reports.developers[id] = readReport(fileOf(inputs, file), { names: table.names, scores: d.scores })
  }
  for (const f of files) {
    const id = developerId(f.slice(f.indexOf('/') + 1, -4))
    if (!reports.developers[id])
      throw new Error(`sources/fmti/${f}: a report for "${id}", who is not in the scores CSV of ${edition}`)
  }
  return reports
}

function derive2024(inputs: EditionInputs, edition2023: DerivedEdition): { edition: DerivedEdition, reports: DerivedReports } {
  const csv = fileOf(inputs, '2024-05-scores.csv')
  const table = readScores(csv, 1)
  const byName = new Map(edition2023.indicators.map(i => [i.name, i]))
  const reports = withReports(inputs, '2024-05', table)
  // Definitions come from the first report (every report repeats them).
  const firstReport = reportFiles(inputs, '2024-05')[0]
  const defs = firstReport ? fileOf(inputs, firstReport) : null
  const indicators = table.names.map((name, i) => {
    const formerName = RENAMED_2024[name]
    const old = byName.get(formerName ?? name)
    if (!old)
      throw new Error(`${csv.file} row ${i + 2}: indicator "${name}" is not among the 2023 indicators (nor a known renaming)`)
    const definition = defs ? clean(defs.rows[i]?.[column(defs, 'Definition')]) : old.definition
    return { id: old.id, name, subdomain: old.subdomain, definition: definition || old.definition, ...(formerName ? { formerName } : {}) }
  })
  const used = new Set(indicators.map(i => i.subdomain))
  return {
    edition: {
      id: '2024-05',
      subdomains: edition2023.subdomains.filter(s => used.has(s.id)),
      indicators,
      developers: developersOf(table),
    },
    reports,
  }
}

function derive2025(inputs: EditionInputs): { edition: DerivedEdition, reports: DerivedReports } {
  const csv = fileOf(inputs, '2025-12-scores.csv')
  const defs = fileOf(inputs, '2025-12-indicators.csv')
  const table = readScores(csv, 1)
  const [dom, sub, ind, def] = [column(defs, 'Domain'), column(defs, 'Subdomain'), column(defs, 'Indicator'), column(defs, 'Definition')]
  if (defs.rows.length !== table.names.length)
    throw new Error(`${defs.file}: ${defs.rows.length} indicators, expected ${table.names.length} as in ${csv.file}`)
  const entries = defs.rows.map((r, i) => {
    const name = r[ind]!.trim()
    if (kebabCase(name) !== kebabCase(table.names[i]!))
      throw new Error(`${defs.file} row ${i + 2}: indicator "${name}", but ${csv.file} row ${i + 2} says "${table.names[i]}"`)
    return { domain: r[dom]!.trim(), subdomain: r[sub]!.trim(), name, definition: clean(r[def]) }
  })
  const reports = withReports(inputs, '2025-12', table)
  return {
    edition: {
      id: '2025-12',
      // 2025 has its own subdomains.
      subdomains: subdomainsOf(entries),
      indicators: entries.map(e => ({ id: kebabCase(e.name), name: e.name, subdomain: kebabCase(e.subdomain), definition: e.definition })),
      developers: developersOf(table),
    },
    reports,
  }
}

export function deriveEditions(inputs: EditionInputs) {
  const e2023 = derive2023(inputs)
  const e2024 = derive2024(inputs, e2023)
  const e2025 = derive2025(inputs)
  return { editions: [e2023, e2024.edition, e2025.edition], reports: [e2024.reports, e2025.reports] }
}

/**
 * Each edition's short name and title, publication, authors and paper (an organisation where a report names no
 * authors), address and source files, as its report gives them.
 */
const EDITION_META: Record<EditionId, { name: string, title: string, published: string, authors: string[], paperTitle: string, url: string, files: string[] }> = {
  '2023-10': { name: 'FMTI v1.0', title: 'Foundation Model Transparency Index v1.0', published: '2023-10', authors: ['Bommasani', 'Klyman', 'Longpre', 'Kapoor', 'Maslej', 'Xiong', 'Zhang', 'Liang'], paperTitle: 'The Foundation Model Transparency Index', url: 'https://arxiv.org/abs/2310.12941', files: ['2023-10-scores.csv', '2023-10-indicators.csv'] },
  '2024-05': { name: 'FMTI v1.1', title: 'Foundation Model Transparency Index v1.1', published: '2024-05', authors: ['Bommasani', 'Klyman', 'Kapoor', 'Longpre', 'Xiong', 'Maslej', 'Liang'], paperTitle: 'The Foundation Model Transparency Index v1.1', url: 'https://arxiv.org/abs/2407.12929', files: ['2024-05-scores.csv', 'reports-2024-05/*.csv'] },
  '2025-12': { name: 'FMTI 2025', title: 'Foundation Model Transparency Index 2025', published: '2025-12', authors: ['Stanford Center for Research on Foundation Models'], paperTitle: 'The Foundation Model Transparency Index, December 2025 edition', url: 'https://crfm.stanford.edu/fmti/', files: ['2025-12-scores.csv', '2025-12-indicators.csv', 'reports-2025-12/*.csv'] },
}

/** Where sources/fmti/ was copied from (its README): the repository, the revision and its day, the licence. */
const FMTI_SOURCE = { repository: 'https://github.com/stanford-crfm/fmti', revision: 'f4500c5', revisedOn: '2025-12-09', license: 'CC BY 4.0' }

/**
 * The text of data/fmti-editions.json and of each data/fmti-reports-<edition>.json, as `npm run derive:fmti` writes
 * them (file name in data/ -> text). The editions keep each list of 0/1 scores on one line.
 */
export function editionFiles(inputs: EditionInputs): Record<string, string> {
  const derived = deriveEditions(inputs)
  const editions = JSON.stringify({
    $schema: './schemas/fmti-editions.schema.json',
    source: FMTI_SOURCE,
    editions: derived.editions.map(e => ({ id: e.id, ...EDITION_META[e.id], subdomains: e.subdomains, indicators: e.indicators, developers: e.developers })),
  }, null, 2).replace(/\[\n\s+([\d,\s]+?)\n\s+\]/g, (_, inner: string) => `[${inner.replace(/\s+/g, '')}]`)
  return {
    'fmti-editions.json': `${editions}\n`,
    ...Object.fromEntries(derived.reports.map(r =>
      [`fmti-reports-${r.edition}.json`, `${JSON.stringify({ $schema: `./schemas/fmti-reports-${r.edition}.schema.json`, ...r })}\n`])),
  }
}
