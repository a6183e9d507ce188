import { fmti, fmtiEditions } from '../../data'
import { editionHeatmapSource, LECTURE_EDITION } from '../../lib/fmti/edition-source'

/** An FMTI edition by id. */
export const fmtiEdition = (id: string) => fmtiEditions.editions.find(e => e.id === id)!

/** The lecture's heatmap as the slide draws it: edition 2023-10 on the lecture's dimensions and models. */
export const lectureHeatmap = editionHeatmapSource(fmtiEdition(LECTURE_EDITION), fmti)
