import type { ClicksContext, SlideRoute } from '@slidev/types'
import type { DefineComponent } from 'vue'

export function createFixedClicks(route: SlideRoute, current: number): ClicksContext
export const CLICKS_MAX: number
export const NoteDisplay: DefineComponent<{ noteHtml?: string, note?: string, class?: string }>
export const SlideContainer: DefineComponent<{ width?: number }>
export const SlideWrapper: DefineComponent<{ clicksContext: ClicksContext, route: SlideRoute, renderContext: string }>
