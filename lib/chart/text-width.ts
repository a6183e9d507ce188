/**
 * The deck's one model of how wide text is, in ems, without measuring (charts never touch the DOM to lay out):
 * CJK characters and full-width punctuation are square, Latin capitals about 0.66 em, other letters and digits about
 * 0.56 em, spaces and narrow punctuation 0.32 em.
 */
function charEms(ch: string): number {
  if (/[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/.test(ch))
    return 1
  if (/[\s.,:;'|!()[\]/-]/.test(ch))
    return 0.32
  if (/[A-Z]/.test(ch))
    return 0.66
  return 0.56
}

const ems = (text: string) => [...text].reduce((sum, ch) => sum + charEms(ch), 0)

/** A label's width in SVG units at a font size. */
export function textWidth(text: string, fontSize: number): number {
  return ems(text) * fontSize
}

/** A label's width in a monospace font (every character 0.6 em): the lineage graph's cards set their names so. */
export function monospaceTextWidth(text: string, fontSize: number): number {
  return [...text].length * 0.6 * fontSize
}

/**
 * Breaks text into lines of at most `maxEms` ems, for SVG, which does not wrap. Chinese breaks between any two
 * characters, but never before closing punctuation; Latin words are kept whole.
 */
export function wrapText(text: string, maxEms: number): string[] {
  const tokens = text.match(/[A-Za-z0-9.\-+/]+|\s+|./gu) ?? []
  const lines: string[] = []
  let line = ''
  let width = 0
  for (const token of tokens) {
    const w = ems(token)
    const closing = /^[，。、；：？！）》”’,.;:?!)]$/.test(token)
    if (width + w > maxEms && line.trim() && !closing) {
      lines.push(line.trimEnd())
      line = token.trimStart()
      width = ems(line)
    }
    else {
      line += token
      width += w
    }
  }
  if (line.trim())
    lines.push(line.trimEnd())
  return lines
}
