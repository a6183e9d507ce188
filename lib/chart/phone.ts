/**
 * A chart's phone layout. On the slide canvas a chart is about 870 CSS px wide; drawn narrower than PHONE_BELOW, it is
 * in the reading view of a phone or a small window, and its layout function lays it out for the width it has, in
 * screen px (the layouts' `width` option), so one viewBox unit is one screen px.
 */
export const PHONE_BELOW = 820

/** The phone layouts' sizes, in screen px: no text under 14 px, no control or row of marks under 44 px (WCAG 2.5.5). */
export const PHONE = {
  text: 14,
  /** Line height of chart text at `text`. */
  line: 17,
  touch: 44,
} as const

/** A screen on which a chart's details are a sheet at the bottom rather than a card beside the mark. */
export const PHONE_QUERY = '(max-width: 640px)'
