/** Months as "YYYY-MM" strings, the unit of every date in data/gpt-evolution.json. */
export const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/

const NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const

/** Months since year 0: "2022-06" -> 2022 * 12 + 5. Throws on anything that is not a month. */
export function monthIndex(month: string): number {
  const m = MONTH_PATTERN.exec(month)
  if (!m)
    throw new Error(`not a month (YYYY-MM): ${JSON.stringify(month)}`)
  return Number(m[1]) * 12 + Number(m[2]) - 1
}

export function monthFromIndex(index: number): string {
  const year = Math.floor(index / 12)
  return `${year}-${String(index - year * 12 + 1).padStart(2, '0')}`
}

/** "2021-12" -> "2022-01". */
export function nextMonth(month: string): string {
  return monthFromIndex(monthIndex(month) + 1)
}

export function yearOf(month: string): number {
  return Math.floor(monthIndex(month) / 12)
}

const FULL_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** "2022-06" -> "Jun 2022". */
export function monthLabel(month: string): string {
  const i = monthIndex(month)
  return `${NAMES[i % 12]} ${Math.floor(i / 12)}`
}

/** "2020-06-11" -> "11 June 2020", "2020-05" -> "May 2020": a source's date as its English citation writes it. */
export function dateLabelEn(date: string): string {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(date)
  if (!m)
    throw new Error(`expected YYYY-MM or YYYY-MM-DD, got ${date}`)
  const month = FULL_NAMES[Number(m[2]) - 1]
  return m[3] ? `${Number(m[3])} ${month} ${m[1]}` : `${month} ${m[1]}`
}

/** "2022-06" -> "2022 年 6 月", on the Chinese slides. */
export function monthLabelZh(month: string): string {
  const i = monthIndex(month)
  return `${Math.floor(i / 12)} 年 ${(i % 12) + 1} 月`
}

/** "2024-01-25" -> "2024 年 1 月 25 日": a day on the Chinese slides (a date a page was read, an index's snapshot). */
export function dayLabelZh(day: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day)
  if (!m)
    throw new Error(`expected a day as YYYY-MM-DD, got ${day}`)
  return `${m[1]} 年 ${Number(m[2])} 月 ${Number(m[3])} 日`
}

/** The first instant of a month, in UTC, for a time scale. */
export function monthStart(month: string): Date {
  const i = monthIndex(month)
  return new Date(Date.UTC(Math.floor(i / 12), i % 12, 1))
}
