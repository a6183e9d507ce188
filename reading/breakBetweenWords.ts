import { wordPieces } from '../lib/deck/word-breaks'

/** Text left as it is: drawings and formulas (laid out by their own code), controls, what is kept whole. */
const SKIP = 'svg, .katex, script, style, textarea, select, option, button, .nowrap'
/** A chart's text is its own (it may change with the chart's state), but for the cells of a figure's visible table. */
const skipped = (el: Element) => !!el.closest(SKIP)
  || (!!el.closest('[data-chart]') && !el.closest('table:not([data-table-alternative]) :is(td, th)'))

/**
 * The reflowed slide's text breaks between words, as the projector's WordWrap text does (lib/deck/word-breaks.ts,
 * with its narrow lines' breaks): the deck's `word-break: keep-all` leaves Chinese no break but at spaces and
 * punctuation, which on a phone's width left whole phrases to `overflow-wrap` (发|明, 推|理过程) or pushed them to a
 * line of their own. Each text node with Chinese or an identifier is split into its pieces, a <wbr> before each piece
 * a line may start with and identifiers (gpt-3.5-turbo-0125) in nowrap spans. The slide is static in the reading
 * view (its last click, keyed by its number), so Vue never patches these nodes; `done` remembers what was split, for
 * the next mutation's call.
 */
export function breakBetweenWords(root: Element, done: WeakSet<Node>): void {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  const nodes: Text[] = []
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!done.has(n) && n.parentElement && !skipped(n.parentElement))
      nodes.push(n as Text)
  }
  for (const node of nodes) {
    done.add(node)
    const pieces = wordPieces(node.data, { narrow: true })
    if (pieces.length < 2 && !pieces.some(p => p.keep))
      continue
    const parts: Node[] = []
    for (const p of pieces) {
      if (p.breakBefore)
        parts.push(document.createElement('wbr'))
      const text = document.createTextNode(p.text)
      done.add(text)
      if (p.keep) {
        const span = document.createElement('span')
        span.className = 'nowrap'
        span.append(text)
        parts.push(span)
      }
      else {
        parts.push(text)
      }
    }
    node.replaceWith(...parts)
  }
}
