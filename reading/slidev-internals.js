// Slidev's own pieces the reading view reuses. Re-exported from plain JS so that vue-tsc reads the declarations in
// slidev-internals.d.ts instead of type-checking Slidev's client source (which does not compile under our settings).
export { createFixedClicks } from '@slidev/client/composables/useClicks.ts'
export { CLICKS_MAX } from '@slidev/client/constants.ts'
export { default as NoteDisplay } from '@slidev/client/internals/NoteDisplay.vue'
export { default as SlideContainer } from '@slidev/client/internals/SlideContainer.vue'
export { default as SlideWrapper } from '@slidev/client/internals/SlideWrapper.vue'
