import type { Plugin } from 'vite'

const KATEX_CSS = 'katex/dist/katex.min.css'

/**
 * KaTeX's stylesheet (and through it its fonts) loads with the slides that show math, not with slide 1: Slidev
 * imports it into every page's global styles whenever the deck has math; this takes it out of there and imports it
 * from each compiled slide whose markup has KaTeX output. Print and export load every slide, so they still get it.
 */
export function katexWithSlides(): Plugin {
  let moved = false
  return {
    name: 'katex-with-slides',
    enforce: 'post',
    transform(code, id) {
      if (id.endsWith('/@slidev/styles')) {
        const out = code.replace(/^import "[^"]*katex\/dist\/katex\.min\.css";?\n?/m, '')
        moved = out !== code
        return out
      }
      // A slide's compiled module (slides.md__slidev_3.md, slides/01-x.md__slidev_12.md), not its style blocks.
      // The template is compiled by then: KaTeX's markup reads { class: "katex" } in the render function.
      if (/__slidev_\d+\.md$/.test(id) && /class:\s*"katex"|class="katex"/.test(code))
        return `import '${KATEX_CSS}'\n${code}`
      return undefined
    },
    buildEnd() {
      if (!moved && this.environment?.mode === 'build')
        this.warn('katex-with-slides: the KaTeX import was not found in /@slidev/styles; KaTeX stays in the global styles')
    },
  }
}
