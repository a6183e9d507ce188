import type { OpennessGroupId, OpennessModelId } from '../data/openness-ids'
import type { OpennessSource, OpennessSourceArtefact, OpennessSourceModel } from './source'

type Rule = (model: OpennessSourceModel, artefacts: readonly OpennessSourceArtefact[]) => boolean

const isOpen = (m: OpennessSourceModel) => (a: OpennessSourceArtefact) => m.ratings[a.id] === 'open'

/**
 * Who belongs to each kind of openness the lecture contrasts, as rules on the ratings, so that a changed rating
 * moves a model between groups without anyone retyping a list. The rules exclude one another.
 */
const GROUP_RULES: Record<OpennessGroupId, Rule> = {
  /** Everything pretraining needs is released (code, recipe, data, weights): the base model can be rebuilt. */
  'fully-open': (m, artefacts) => {
    const pretraining = artefacts.filter(a => a.stage === 'pretraining')
    return pretraining.length > 0 && pretraining.every(isOpen(m))
  },
  /** Nothing is released. */
  'closed': (m, artefacts) => !artefacts.some(isOpen(m)),
  /** Some weights are released, and nothing else but the architecture they imply: no data, code or recipe. */
  'open-weights': (m, artefacts) => {
    const open = artefacts.filter(isOpen(m))
    return open.some(a => a.about === 'weights') && open.every(a => a.about === 'weights' || a.about === 'architecture')
  },
}

/** The members of each group, in the data's model order. */
export function opennessGroups(data: OpennessSource): Record<OpennessGroupId, OpennessModelId[]> {
  const members = (id: OpennessGroupId) => data.models.filter(m => GROUP_RULES[id](m, data.artefacts)).map(m => m.id)
  return { 'fully-open': members('fully-open'), 'closed': members('closed'), 'open-weights': members('open-weights') }
}
