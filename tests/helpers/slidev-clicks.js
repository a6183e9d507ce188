// Slidev's own clicks context, for the step tests; plain JS so that vue-tsc reads slidev-clicks.d.ts instead of
// type-checking Slidev's client source (as reading/slidev-internals.js does).
export { createFixedClicks } from '@slidev/client/composables/useClicks.ts'
