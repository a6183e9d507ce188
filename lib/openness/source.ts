import type { OpennessData } from '../data/openness-schema'

/** What the openness functions read: the data file satisfies it as it is, and so does a test's fixture. */
export type OpennessSource = Pick<OpennessData, 'stages' | 'artefacts' | 'groups' | 'models'>
export type OpennessSourceModel = OpennessSource['models'][number]
export type OpennessSourceArtefact = OpennessSource['artefacts'][number]
