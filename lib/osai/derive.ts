/**
 * Turns the European Open Source AI Index's YAML files (sources/osai-index/) into the records of data/osai-index.json.
 * Pure: takes file names and texts, returns data or throws an OsaiSourceError naming the file and the YAML path.
 */
import type { OsaiClass } from './score'
import { parse } from 'yaml'
import { kebabCase } from '../format/kebab-case'
import { OSAI_CLASSES } from './score'

export type { OsaiClass }

export interface OsaiParameter { id: string, name: string, group: string }
export interface OsaiGroup { id: string, name: string, parameters: string[] }
export interface OsaiRating { class: OsaiClass, links: string[], note: string }
export interface OsaiModel {
  id: string
  file: string
  name: string
  org: string
  baseModel: string
  endModel: string
  license: string
  /** YYYY-MM, or null when the index gives none. */
  released: string | null
  link: string
  type: string[]
  ratings: Record<string, OsaiRating>
}

export class OsaiSourceError extends Error {
  constructor(readonly file: string, readonly path: string, what: string) {
    super(`${file}: ${path}: ${what}`)
  }
}

const modelIdOf = (file: string) => kebabCase(file.replace(/^.*\//, '').replace(/\.ya?ml$/, ''))

function load(file: string, text: string): unknown {
  try {
    return parse(text)
  }
  catch (e) {
    throw new OsaiSourceError(file, '(document)', `not valid YAML: ${(e as Error).message.split('\n')[0]}`)
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
const str = (v: unknown) => (v === null || v === undefined ? '' : String(v)).trim()

export function parseParameters(file: string, text: string): { groups: OsaiGroup[], parameters: OsaiParameter[] } {
  const doc = load(file, text)
  if (!Array.isArray(doc) || !doc.length)
    throw new OsaiSourceError(file, '(document)', 'expected a list of parameter groups')
  const groups: OsaiGroup[] = []
  const parameters: OsaiParameter[] = []
  doc.forEach((g, i) => {
    if (!isObject(g) || !str(g.ref) || !Array.isArray(g.params))
      throw new OsaiSourceError(file, `[${i}]`, 'expected a group with ref, name and params')
    const group: OsaiGroup = { id: str(g.ref), name: str(g.name), parameters: [] }
    g.params.forEach((p, j) => {
      if (!isObject(p) || !str(p.ref) || !str(p.name))
        throw new OsaiSourceError(file, `[${i}].params[${j}]`, 'expected a parameter with ref and name')
      if (parameters.some(q => q.id === str(p.ref)))
        throw new OsaiSourceError(file, `[${i}].params[${j}].ref`, `parameter "${str(p.ref)}" appears twice`)
      parameters.push({ id: str(p.ref), name: str(p.name), group: group.id })
      group.parameters.push(str(p.ref))
    })
    groups.push(group)
  })
  return { groups, parameters }
}

/** One model file, or null when it is not a text model. */
export function parseModel(file: string, text: string, parameters: readonly OsaiParameter[]): OsaiModel | null {
  const doc = load(file, text)
  if (!isObject(doc))
    throw new OsaiSourceError(file, '(document)', 'expected a mapping with system, org and the parameters')
  const system = doc.system
  if (!isObject(system))
    throw new OsaiSourceError(file, 'system', 'missing: expected a mapping with name, type, releasedate')
  const type = str(system.type).split(',').map(t => t.trim()).filter(Boolean)
  if (!type.includes('text'))
    return null
  if (!str(system.name))
    throw new OsaiSourceError(file, 'system.name', 'missing: expected the model\'s name')
  const released = str(system.releasedate)
  if (released && !/^\d{4}-(0[1-9]|1[0-2])$/.test(released))
    throw new OsaiSourceError(file, 'system.releasedate', `expected YYYY-MM, got "${released}"`)
  const ratings: Record<string, OsaiRating> = {}
  for (const p of parameters) {
    const block = doc[p.id]
    if (!isObject(block))
      throw new OsaiSourceError(file, p.id, `missing: expected the parameter "${p.id}" with class, link and notes`)
    const cls = str(block.class)
    if (!(OSAI_CLASSES as readonly string[]).includes(cls))
      throw new OsaiSourceError(file, `${p.id}.class`, `expected one of ${OSAI_CLASSES.join(', ')}, got ${JSON.stringify(block.class ?? null)}`)
    const raw = block.link
    const links = (Array.isArray(raw) ? raw : [raw]).map(str).filter(Boolean)
    ratings[p.id] = { class: cls as OsaiClass, links, note: str(block.notes) }
  }
  const org = isObject(doc.org) ? str(doc.org.name) : ''
  return {
    id: modelIdOf(file),
    file: file.replace(/^.*\//, ''),
    name: str(system.name),
    org,
    baseModel: str(system.basemodelname),
    endModel: str(system.endmodelname),
    license: str(system.endmodellicense),
    released: released || null,
    link: str(system.link),
    type,
    ratings,
  }
}

/** All text models of the given files, sorted by id; refuses two files that give the same model id or name. */
export function deriveOsai(parametersFile: { name: string, text: string }, models: readonly { name: string, text: string }[]) {
  const { groups, parameters } = parseParameters(parametersFile.name, parametersFile.text)
  const out: OsaiModel[] = []
  for (const f of models) {
    if (f.name.replace(/^.*\//, '').startsWith('a_submission_template'))
      continue
    const m = parseModel(f.name, f.text, parameters)
    if (!m)
      continue
    const twin = out.find(o => o.id === m.id || o.name.toLowerCase() === m.name.toLowerCase())
    if (twin)
      throw new OsaiSourceError(f.name, 'system.name', `duplicate model: "${m.name}" (id "${m.id}") is already given by ${twin.file}`)
    out.push(m)
  }
  out.sort((a, b) => a.id.localeCompare(b.id))
  return { groups, parameters, models: out }
}
