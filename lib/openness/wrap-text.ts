/** A character's width in ems: CJK characters and full-width punctuation are square, Latin about half as wide. */
function charWidth(ch: string): number {
  return /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]/.test(ch) ? 1 : 0.56
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
    const w = [...token].reduce((sum, ch) => sum + charWidth(ch), 0)
    const closing = /^[，。、；：？！）》”’,.;:?!)]$/.test(token)
    if (width + w > maxEms && line.trim() && !closing) {
      lines.push(line.trimEnd())
      line = token.trimStart()
      width = [...line].reduce((sum, ch) => sum + charWidth(ch), 0)
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
