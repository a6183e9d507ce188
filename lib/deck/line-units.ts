/** A run of text, and whether it must stay on one line (an identifier such as text-davinci-003, a count such as 13 个). */
export interface LineUnit {
  text: string
  keep: boolean
}

/**
 * Identifiers joined by hyphens, dots or slashes (a browser may break after a hyphen, which splits the name), and a
 * number with the measure word after its space (13 个, 10 家), which `word-break: keep-all` would break at the space.
 */
const KEPT = /[A-Za-z0-9]+(?:[-./][A-Za-z0-9]+)+|\d+ [个家项种位次条]/g

/** Splits text into runs, identifiers and counts marked to be kept unbroken (rendered in a white-space: nowrap span). */
export function lineUnits(text: string): LineUnit[] {
  const units: LineUnit[] = []
  let at = 0
  for (const m of text.matchAll(KEPT)) {
    if (m.index > at)
      units.push({ text: text.slice(at, m.index), keep: false })
    units.push({ text: m[0], keep: true })
    at = m.index + m[0].length
  }
  if (at < text.length)
    units.push({ text: text.slice(at), keep: false })
  return units
}
