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
