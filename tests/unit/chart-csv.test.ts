import { csvParseRows } from 'd3-dsv'
import { describe, expect, it } from 'vitest'
import { csvCell, toCsv } from '../../lib/chart/csv'

const columns = [{ id: 'developer', label: '开发者' }, { id: 'score', label: '得分' }]

describe('a chart\'s CSV', () => {
  it('starts with a byte-order mark, then the ids and the Chinese labels as header rows', () => {
    const csv = toCsv(columns, [['Meta', 0.57]])
    expect(csv).toBe('\uFEFFdeveloper,score\n开发者,得分\nMeta,0.57\n')
  })
  it('writes numbers unformatted and nothing as an empty cell', () => {
    expect(csvParseRows(toCsv(columns, [['A', 0.5], ['B', null]]).slice(1)).slice(2)).toEqual([['A', '0.5'], ['B', '']])
  })
  it('quotes commas, quotes and line breaks so that every row reads back as written', () => {
    const rows = [['Mistral, "Large"\nv2', 1]]
    expect(csvParseRows(toCsv(columns, rows).slice(1))[2]).toEqual(['Mistral, "Large"\nv2', '1'])
  })
  it.each(['=HYPERLINK("http://x")', '+1+1', '-2+3', '@SUM(A1)', '\tcmd'])('keeps a spreadsheet from running %j as a formula', (name) => {
    const cell = csvParseRows(toCsv(columns, [[name, 1]]).slice(1))[2]![0]!
    expect(cell).toBe(`'${name}`)
  })
  it('leaves negative numbers as numbers', () => {
    expect(csvCell(-0.25)).toBe('-0.25')
  })
  it('refuses a row that does not fit the columns', () => {
    expect(() => toCsv(columns, [['A']])).toThrow('CSV row 0 has 1 values, expected 2 (developer, score)')
  })
})
