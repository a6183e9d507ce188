// The one text-width model is lib/chart/text-width.ts; this path stays only until OpennessMatrix imports from there.
export { wrapText } from '../chart/text-width'
