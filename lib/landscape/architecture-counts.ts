import { ARCHITECTURES, type Architecture } from '../data/landscape-ids'

export interface ArchitectureCount {
  architecture: Architecture
  count: number
}

/** How many models use each architecture, most used first (ties in the schema's order). */
export function architectureCounts(models: readonly { architecture: Architecture }[]): ArchitectureCount[] {
  return ARCHITECTURES
    .map(architecture => ({ architecture, count: models.filter(m => m.architecture === architecture).length }))
    .sort((a, b) => b.count - a.count)
}
