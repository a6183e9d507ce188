/**
 * The part of @slidev/client's public API (its index.ts) that our components use, typed for our strict compiler
 * settings. Slidev ships its client as TypeScript source that does not compile under `noUncheckedIndexedAccess`
 * and needs its build-time globals, so tsconfig.json maps the module here for type checking only; Vite still
 * bundles the real package.
 */
import type { ComputedRef, Ref } from 'vue'

export interface SlideRouteInfo {
  no: number
  meta: { slide: { title?: string, frontmatter: Record<string, unknown> } }
}

export function useNav(): {
  slides: Ref<SlideRouteInfo[]>
  currentSlideNo: ComputedRef<number>
  isPrintMode: ComputedRef<boolean>
  go: (no: number | string, clicks?: number) => Promise<void>
}

export function useSlideContext(): {
  $page: Ref<number>
  $clicks: Ref<number>
  $renderContext: Ref<string>
}

/** A way to carry Slidev's sync states (its navigation, drawings, our charts) between pages: see state/syncState.ts. */
export interface Sync {
  enabled?: boolean
  init: <State extends object>(channelKey: string, onUpdate: (data: Partial<State>) => void, state: State, persist?: boolean) => ((state: State, updating?: boolean) => void) | undefined
}
export function addSyncMethod(sync: Sync): void
export function createSyncState<State extends object>(serverState: State, defaultState: State, persist?: boolean): {
  init: (channelKey: string) => void
  onPatch: (fn: (state: State) => void) => void
  onUpdate: (patch: Partial<State>) => void
  patch: <K extends keyof State>(key: K, value: State[K]) => void
  state: State
}
/** The deck's title as Slidev names its sync channels with it. */
export const slidesTitle: string
