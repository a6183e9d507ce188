import type { OpennessGroupId, OpennessModelId } from '../data/openness-ids'
import type { OpennessSource } from './source'
import type { OpennessStepState } from './steps'
import { wrapText } from '../chart/text-width'

export interface GroupCallout {
  id: OpennessGroupId
  y: number
  focus: boolean
  label: string
  labelEn: string
  /** "Llama 2 · Qwen", or "—" for a group with no member. */
  members: string
  /** The group's description, wrapped to the panel, for a group in focus. */
  lines: string[]
  /** The room it takes, down to the next. */
  height: number
}

/**
 * The notes on the groups in the panel right of the matrix, from `top` down: a group in focus with its members and
 * description on lines of the panel's width (`charWidth` units per character: 12.5 on the slide, 14 on a phone), the
 * others on one line.
 */
export function groupCallouts(data: OpennessSource, state: OpennessStepState, members: Record<OpennessGroupId, OpennessModelId[]>, panelWidth: number, top: number, charWidth = 12.5): GroupCallout[] {
  const info = new Map(data.groups.map(g => [g.id, g]))
  const name = new Map(data.models.map(m => [m.id, m.name]))
  let y = top
  return state.groups.map((id) => {
    const group = info.get(id)
    const focus = state.focus.includes(id)
    const lines = focus && group ? wrapText(group.description, Math.floor(panelWidth / charWidth)) : []
    const height = focus ? 48 + lines.length * 17 + 22 : 30
    const item = {
      id,
      y,
      focus,
      label: group?.label ?? id,
      labelEn: group?.labelEn ?? '',
      members: members[id].map(m => name.get(m)).join(' · ') || '—',
      lines,
      height,
    }
    y += height
    return item
  })
}
