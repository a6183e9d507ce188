/**
 * An estimate of a label's width in SVG units, without measuring (charts never touch the DOM to lay out):
 * CJK characters are about one em wide, Latin letters and digits about 0.58 em, spaces and punctuation less.
 */
export function textWidth(text: string, fontSize: number): number {
  let ems = 0
  for (const ch of text) {
    if (/[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/.test(ch))
      ems += 1
    else if (/[\s.,:;'|!()[\]/-]/.test(ch))
      ems += 0.32
    else if (/[A-Z]/.test(ch))
      ems += 0.66
    else
      ems += 0.56
  }
  return ems * fontSize
}
