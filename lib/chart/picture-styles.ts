/**
 * The computed styles an SVG download copies onto each element. Copying every property (modern-screenshot's default)
 * wrote about 10 KB of inline style per element, 6 MB for the heatmap; these are the ones the charts and figures
 * draw with: SVG paint and text, the box model, flex and grid, tables and lists, type.
 */
const SIDES = ['top', 'right', 'bottom', 'left']

export const PICTURE_STYLE_PROPERTIES: readonly string[] = [
  // SVG paint and text
  'fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'stroke-linecap', 'stroke-linejoin',
  'paint-order', 'opacity', 'visibility', 'display', 'transform', 'transform-origin', 'text-anchor', 'dominant-baseline',
  'marker-start', 'marker-mid', 'marker-end', 'mix-blend-mode',
  // type
  'color', 'font-family', 'font-size', 'font-weight', 'font-style', 'font-variant-numeric', 'line-height', 'letter-spacing',
  'text-align', 'text-decoration-line', 'text-transform', 'white-space', 'word-break', 'overflow-wrap', 'line-break', 'vertical-align',
  'writing-mode', 'text-overflow',
  // the box
  'box-sizing', 'position', 'inset', ...SIDES, 'z-index', 'width', 'height', 'min-width', 'min-height', 'max-width', 'max-height',
  ...SIDES.map(s => `margin-${s}`), ...SIDES.map(s => `padding-${s}`),
  ...SIDES.flatMap(s => [`border-${s}-width`, `border-${s}-style`, `border-${s}-color`]),
  'border-top-left-radius', 'border-top-right-radius', 'border-bottom-left-radius', 'border-bottom-right-radius',
  'background-color', 'background-image', 'box-shadow', 'outline-style', 'outline-width', 'outline-color', 'overflow-x', 'overflow-y',
  // flex, grid, tables, lists
  'flex-direction', 'flex-wrap', 'flex-grow', 'flex-shrink', 'flex-basis', 'align-items', 'align-self', 'align-content',
  'justify-content', 'justify-items', 'row-gap', 'column-gap', 'order',
  'grid-template-columns', 'grid-template-rows', 'grid-column-start', 'grid-column-end', 'grid-row-start', 'grid-row-end', 'grid-auto-flow',
  'border-collapse', 'border-spacing', 'table-layout', 'list-style-type', 'list-style-position', 'counter-reset', 'counter-increment',
]
