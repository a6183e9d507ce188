import type { OpennessArtefactId } from '../data/openness-ids'
import type { OpennessSourceModel } from './source'

export interface OpennessScore {
  open: number
  closed: number
  na: number
  /** Artefacts that apply to this model: open + closed ("–" is left out, as it cannot be released). */
  applicable: number
  /** open / applicable, 0..1; 0 when nothing applies. */
  share: number
  /** "10/11", as printed under the column. */
  label: string
}

/** A model's openness: how many of the artefacts that apply to it are open. */
export function opennessScore(model: OpennessSourceModel, artefacts: readonly OpennessArtefactId[]): OpennessScore {
  let open = 0
  let closed = 0
  let na = 0
  for (const id of artefacts) {
    const value = model.ratings[id]
    if (value === 'open')
      open++
    else if (value === 'closed')
      closed++
    else if (value === 'na')
      na++
    else
      throw new Error(`missing rating: ${model.id} x ${id}`)
  }
  const applicable = open + closed
  return { open, closed, na, applicable, share: applicable ? open / applicable : 0, label: `${open}/${applicable}` }
}
