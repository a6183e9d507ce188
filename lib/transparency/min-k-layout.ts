import { PHONE } from '../chart/phone'
import { textWidth } from '../chart/text-width'

/** The projector's bars, in px of the slide: one row per token, its label, its bar (p = 1 fills it) and its value. */
export const MIN_K_GEOMETRY = { row: 22, labelWidth: 92, barWidth: 250, valueWidth: 56 } as const

export interface MinKRow {
  /** The token's place in the text. */
  index: number
  y: number
  height: number
  /** The token's label ends here (right-aligned); the bar starts at barX, the value right of the bar's end. */
  labelX: number
  barX: number
  barWidth: number
  valueX: number
}

export interface MinKLayout {
  phone: boolean
  width: number
  height: number
  rows: MinKRow[]
}

/** A phone's row: a finger's height, less than the 44 px of a control as the bars are one tall list. */
const PHONE_ROW = 36

/**
 * The Min-K% figure's bars: one row per token, its probability as a bar. On a phone (`width`, in screen px) the bars
 * take the width left by the longest token and a value at 14 px, in rows a finger can tap.
 */
export function minKLayout(tokens: readonly { text: string, p: number }[], options: { width?: number } = {}): MinKLayout {
  const phone = options.width !== undefined
  const g = phone
    ? {
        row: PHONE_ROW,
        labelWidth: Math.ceil(Math.max(...tokens.map(t => textWidth(t.text, PHONE.text) * 1.08)) + 12),
        valueWidth: Math.ceil(textWidth('0.00', PHONE.text) * 1.08 + 10),
        barWidth: 0,
      }
    : MIN_K_GEOMETRY
  const width = phone ? options.width! : g.labelWidth + g.barWidth + g.valueWidth
  const barWidth = phone ? width - g.labelWidth - g.valueWidth : g.barWidth
  const rows = tokens.map((t, index) => ({
    index,
    y: index * g.row,
    height: g.row,
    labelX: g.labelWidth - 8,
    barX: g.labelWidth,
    barWidth: Math.max(2, t.p * barWidth),
    valueX: g.labelWidth + t.p * barWidth + 6,
  }))
  return { phone, width, height: tokens.length * g.row, rows }
}
