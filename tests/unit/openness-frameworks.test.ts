import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readDataFolder } from '../../lib/data/check-files'
import { DataError, formatProblem } from '../../lib/data/format-issues'
import { opennessFrameworksSchema } from '../../lib/data/openness-frameworks-schema'
import { OPENNESS_ARTEFACT_IDS } from '../../lib/data/openness-ids'
import { validate } from '../../lib/data/parse-json'
import { dataSchemas } from '../../lib/data/registry'
import {
  artefactsWith,
  frameworkColumns,
  frameworkGrid,
  type FrameworksSource,
  frameworksDataTable,
  frameworkTable,
  requirementOf,
} from '../../lib/openness/frameworks'

const root = resolve(import.meta.dirname, '../..')
const dataDir = resolve(root, 'data')
const FILE = 'data/openness-frameworks.json'
const original = readFileSync(join(dataDir, 'openness-frameworks.json'), 'utf8')
const fresh = () => JSON.parse(original)
const lecture = JSON.parse(readFileSync(join(dataDir, 'openness.json'), 'utf8'))

function problemsOf(value: unknown) {
  try {
    validate(FILE, opennessFrameworksSchema, value)
  }
  catch (e) {
    if (e instanceof DataError)
      return e.problems.map(formatProblem)
    throw e
  }
  return []
}

/** A small framework with two ranked levels, to test the rules apart from the real file. */
function toy(): FrameworksSource {
  return {
    frameworks: [{
      id: 'toy',
      name: 'Toy',
      label: '玩具',
      labelEn: 'Toy',
      publisher: 'x',
      released: '2024-01',
      summary: 'x',
      terms: 'x',
      citation: { authors: 'x', year: 2024, title: 'x', url: 'https://example.org/' },
      levels: [
        { id: 'low', label: '低', labelEn: 'Low' },
        { id: 'high', label: '高', labelEn: 'High', includes: 'low' },
      ],
      components: [
        { id: 'a', level: 'low', label: 'A', labelEn: 'A', required: true, quote: 'a', text: 'a' },
        { id: 'b', level: 'high', label: 'B', labelEn: 'B', required: true, quote: 'b', text: 'b' },
        { id: 'opt', level: 'low', label: 'O', labelEn: 'O', required: false, quote: 'o', text: 'o' },
      ],
    }],
    mapping: [
      { artefact: 'weights', covers: [{ component: 'a', extent: 'full' }] },
      { artefact: 'data-content', covers: [{ component: 'b', extent: 'full' }, { component: 'a', extent: 'partial' }], notes: { toy: 'part' } },
      { artefact: 'training-recipe', covers: [{ component: 'opt', extent: 'full' }], notes: { toy: 'optional only' } },
    ],
  }
}

describe('the derivation', () => {
  it('a level requires its own components and those of the levels it includes; optional ones never count', () => {
    expect(frameworkColumns(toy()).map(c => [c.id, c.components])).toEqual([['low', ['a']], ['high', ['a', 'b']]])
  })
  it('full cover: required; partial cover only: partial; optional or none: not required', () => {
    const [low, high] = frameworkColumns(toy()) as [ReturnType<typeof frameworkColumns>[number], ReturnType<typeof frameworkColumns>[number]]
    expect(requirementOf(toy(), low, 'weights').value).toBe('required')
    expect(requirementOf(toy(), low, 'data-content')).toEqual({ row: 'data-content', col: 'low', framework: 'toy', value: 'partial', by: [{ component: 'a', extent: 'partial' }], note: 'part' })
    expect(requirementOf(toy(), high, 'data-content').value).toBe('required')
    expect(requirementOf(toy(), high, 'training-recipe').value).toBe('not-required')
    expect(requirementOf(toy(), high, 'architecture')).toEqual({ row: 'architecture', col: 'high', framework: 'toy', value: 'not-required', by: [] })
  })
  it('the real table: four columns, every artefact, counts that add up to 13', () => {
    const t = frameworkTable(fresh(), lecture)
    expect(t.columns.map(c => c.id)).toEqual(['osaid', 'mof-class-iii', 'mof-class-ii', 'mof-class-i'])
    expect(t.stages.flatMap(s => s.rows.map(r => r.id))).toEqual([...OPENNESS_ARTEFACT_IDS])
    for (const c of t.columns)
      expect(Object.values(t.counts[c.id]!).reduce((a, b) => a + b, 0)).toBe(13)
    expect(frameworkGrid(t)).toHaveLength(13)
    expect(frameworkGrid(t)[0]).toEqual(['training-code|osaid', 'training-code|mof-class-iii', 'training-code|mof-class-ii', 'training-code|mof-class-i'])
  })
  it('the MOF classes are cumulative: whatever a lower class requires, a higher one requires too', () => {
    const t = frameworkTable(fresh(), lecture)
    const rank = { 'not-required': 0, 'partial': 1, 'required': 2 }
    for (const id of OPENNESS_ARTEFACT_IDS) {
      const [iii, ii, i] = ['mof-class-iii', 'mof-class-ii', 'mof-class-i'].map(c => rank[t.cells[id]![c]!.value])
      expect(ii, id).toBeGreaterThanOrEqual(iii!)
      expect(i, id).toBeGreaterThanOrEqual(ii!)
    }
  })
  it('OSAID asks for none of the three data sets themselves, the MOF only from Class I', () => {
    const t = frameworkTable(fresh(), lecture)
    expect(artefactsWith(t, 'osaid', 'not-required')).toEqual(['data-content', 'sft-data-content', 'preference-data'])
    for (const id of ['data-content', 'sft-data-content', 'preference-data']) {
      expect(t.cells[id]!['mof-class-ii']!.value).toBe('not-required')
      expect(t.cells[id]!['mof-class-i']!.value).toBe('required')
    }
  })
  it('every partial cell carries its note', () => {
    const t = frameworkTable(fresh(), lecture)
    for (const row of Object.values(t.cells)) {
      for (const cell of Object.values(row)) {
        if (cell.value === 'partial')
          expect(cell.note, `${cell.row} × ${cell.col}`).toBeTruthy()
      }
    }
  })
  it('the data table has every cell in words and the counts', () => {
    const data = fresh()
    const t = frameworkTable(data, lecture)
    const table = frameworksDataTable(data, t)
    expect(table.columns).toHaveLength(5)
    expect(table.rows.map(r => r.id)).toEqual([...OPENNESS_ARTEFACT_IDS, 'count-required', 'count-partial', 'count-not-required'])
    expect(table.rows[5]!.cells[0]).toBe('– 不要求 (not required)')
    expect(table.rows[5]!.cells[3]).toBe('✓ 要求 (required): Datasets')
    expect(table.rows.at(-3)!.cells).toEqual(t.columns.map(c => String(t.counts[c.id]!.required)))
  })
})

describe('openness-frameworks.json validation', () => {
  it('accepts the real file', () => {
    expect(problemsOf(fresh())).toEqual([])
  })
  it('refuses an artefact id that is not one of the lecture\'s 13, with file and path', () => {
    const d = fresh()
    d.mapping[2].artefact = 'hyperparameters'
    expect(problemsOf(d)).toEqual([`${FILE}: mapping[2].artefact: expected one of the lecture's 13 artefact ids (${OPENNESS_ARTEFACT_IDS.join(', ')}), got "hyperparameters"`])
  })
  it('refuses a file that leaves an artefact out', () => {
    const d = fresh()
    d.mapping.splice(2, 1)
    expect(problemsOf(d)).toEqual([`${FILE}: mapping: expected an entry with artefact "training-recipe", which is missing`])
  })
  it('refuses an artefact mapped twice', () => {
    const d = fresh()
    d.mapping[1].artefact = 'training-code'
    expect(problemsOf(d)).toContain(`${FILE}: mapping[1].artefact: expected each artefact once, "training-code" is also mapping[0]`)
  })
  it('refuses an unknown component', () => {
    const d = fresh()
    d.mapping[0].covers[0].component = 'osaid-weights'
    expect(problemsOf(d)[0]).toMatch(new RegExp(`^${FILE}: mapping\\[0\\]\\.covers\\[0\\]\\.component: unknown component "osaid-weights": expected one of osaid-data-information, osaid-code, `))
  })
  it('refuses a partial mapping without its note', () => {
    const d = fresh()
    const i = d.mapping.findIndex((m: { artefact: string }) => m.artefact === 'weights')
    delete d.mapping[i].notes.mof
    expect(problemsOf(d)).toEqual([`${FILE}: mapping[${i}].notes.mof: missing: "weights" maps only partly to a component of "mof", expected a note saying how`])
  })
  it('refuses an artefact that no component asks for, when the file does not say why', () => {
    const d = fresh()
    const i = d.mapping.findIndex((m: { artefact: string }) => m.artefact === 'data-content')
    delete d.mapping[i].notes.osaid
    expect(problemsOf(d)).toEqual([`${FILE}: mapping[${i}].notes.osaid: missing: no component of "osaid" asks for "data-content", expected a note saying so and why`])
  })
  it('refuses a note for an unknown framework, a bad extent, a level that includes a later one', () => {
    const d = fresh()
    d.mapping[0].notes.osi = 'x'
    d.mapping[1].covers[0].extent = 'most'
    d.frameworks[1].levels[0].includes = 'mof-class-i'
    expect(problemsOf(d)).toEqual([
      `${FILE}: mapping[1].covers[0].extent: expected an extent (full, partial), got "most"`,
    ])
    d.mapping[1].covers[0].extent = 'full'
    expect(problemsOf(d)).toEqual([
      `${FILE}: frameworks[1].levels[0].includes: expected a level of "mof" listed before this one (none), got "mof-class-i"`,
      `${FILE}: mapping[0].notes.osi: unknown key "osi": expected only the keys osaid, mof`,
    ])
  })
  it('refuses a component at a level its framework does not have', () => {
    const d = fresh()
    d.frameworks[0].components[0].level = 'mof-class-i'
    expect(problemsOf(d)).toEqual([`${FILE}: frameworks[0].components[0].level: expected a level of "osaid" (osaid), got "mof-class-i"`])
  })
  it('is reported by readDataFolder with the file name and the line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'deck-frameworks-'))
    for (const file of Object.keys(dataSchemas))
      writeFileSync(join(dir, file), readFileSync(join(dataDir, file)))
    const broken = original.replace('"artefact": "reward-model"', '"artefact": "reward"')
    writeFileSync(join(dir, 'openness-frameworks.json'), broken)
    const line = broken.slice(0, broken.indexOf('"artefact": "reward"')).split('\n').length
    const messages = readDataFolder(dir).problems.map(formatProblem)
    expect(messages[0]).toMatch(new RegExp(`^data/openness-frameworks\\.json:${line}: mapping\\[10\\]\\.artefact: expected one of the lecture's 13 artefact ids .*, got "reward"$`))
  })
})

describe('the speaker notes say what the table says', () => {
  const md = readFileSync(resolve(root, 'slides/02-openness.md'), 'utf8')
  const notes = md.split(/\n---\n/).find(s => s.includes('<OpennessFrameworks'))!.match(/<!--([\s\S]*?)-->/)![1]!
  const t = frameworkTable(fresh(), lecture)
  const n = (col: string, v: 'required' | 'partial' | 'not-required') => t.counts[col]![v]
  it('OSAID: required, partly, and the three it does not ask for', () => {
    expect(notes).toContain(`13 项里明确要求 ${n('osaid', 'required')} 项，部分要求 ${n('osaid', 'partial')} 项；不要求的 ${n('osaid', 'not-required')} 项正好是预训练数据、指令数据和偏好数据本身`)
  })
  it('the MOF classes', () => {
    expect(notes).toContain(`III 类只明确要求 ${n('mof-class-iii', 'required')} 项`)
    expect(artefactsWith(t, 'mof-class-iii', 'required')).toEqual(['architecture', 'data-info', 'sft-data-info', 'aligned-weights'])
    expect(notes).toContain('结构信息、预训练数据的组成、指令数据的信息和最终参数')
    expect(notes).toContain(`II 类加上训练代码，明确要求 ${n('mof-class-ii', 'required')} 项`)
    expect(artefactsWith(t, 'mof-class-ii', 'required')).toEqual(['training-code', ...artefactsWith(t, 'mof-class-iii', 'required')])
    expect(notes).toContain(`明确要求 ${n('mof-class-i', 'required')} 项，剩下的训练策略和奖励模型也只是部分覆盖`)
    expect(artefactsWith(t, 'mof-class-i', 'partial')).toEqual(['training-recipe', 'reward-model'])
  })
})
