import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DataError } from '../../lib/data/format-issues'
import { parseJsonText } from '../../lib/data/parse-json'

const fixtures = resolve(import.meta.dirname, '../fixtures/json-syntax')
const project = resolve(import.meta.dirname, '../..')

function messageOf(name: string): string {
  try {
    parseJsonText(`data/${name}`, readFileSync(join(fixtures, name), 'utf8'))
  }
  catch (e) {
    if (e instanceof DataError)
      return e.message
    throw e
  }
  throw new Error(`${name} was accepted`)
}

const syntax = (line: number, column: number, what: string) =>
  `(root): expected valid JSON, got a syntax error at line ${line}, column ${column}: ${what}`

describe('JSON syntax errors name their line and column, one line per problem', () => {
  const cases: [string, string][] = [
    ['empty.json', syntax(1, 1, 'expected a JSON value, got an empty file')],
    ['whitespace-only.json', syntax(3, 1, 'expected a JSON value, got an empty file')],
    ['bom.json', syntax(1, 1, 'expected JSON text, got a byte-order mark (BOM, U+FEFF) at the start of the file: save the file as UTF-8 without BOM')],
    ['trailing-comma-object.json', syntax(3, 1, 'expected a key after ",", got "}" (a trailing comma is not allowed in JSON)')],
    ['trailing-comma-array.json', syntax(3, 14, 'expected a value after ",", got "]" (a trailing comma is not allowed in JSON)')],
    ['nan.json', syntax(2, 12, 'expected a value, got NaN, which JSON does not allow')],
    ['infinity.json', syntax(2, 12, 'expected a value, got Infinity, which JSON does not allow')],
    ['minus-infinity.json', syntax(2, 12, 'expected a number, got -Infinity, which JSON does not allow')],
    ['truncated.json', syntax(4, 1, 'unexpected end of the file: expected a key or "}"')],
    ['newline-in-string.json', syntax(2, 15, 'expected a closing " before the end of the line in a string, got the control character U+000A (write it as an escape such as \\n)')],
    ['single-quotes.json', syntax(2, 3, 'expected a key or string in double quotes, got "\'"')],
    ['two-values.json', syntax(1, 10, 'expected the end of the file after the value, got "{"')],
  ]
  it.each(cases)('%s', (name, expected) => {
    const message = messageOf(name)
    expect(message).toBe(`data/${name}: ${expected}`)
    expect(message.split('\n')).toHaveLength(1)
    expect(message).not.toContain('\uFEFF')
  })
  it('covers every fixture', () => {
    const names = readdirSync(fixtures).filter(f => f !== 'duplicate-keys.json').sort()
    expect(cases.map(c => c[0]).sort()).toEqual(names)
  })
})

describe('a key written twice in one object', () => {
  it('is refused with the file, the JSON path and both lines, one line per duplicate', () => {
    expect(messageOf('duplicate-keys.json').split('\n')).toEqual([
      'data/duplicate-keys.json: models[0].id: at line 3, column 31: key "id" is written twice in one object (first at line 3): expected each key once',
      'data/duplicate-keys.json: id: at line 6, column 3: key "id" is written twice in one object (first at line 5): expected each key once',
    ])
  })
  it('is allowed in different objects', () => {
    expect(parseJsonText('x.json', '{"a": {"id": 1}, "b": {"id": 2}}')).toEqual({ a: { id: 1 }, b: { id: 2 } })
  })
})

describe('valid JSON', () => {
  it('parses every data file exactly as JSON.parse does', () => {
    for (const f of readdirSync(join(project, 'data')).filter(f => f.endsWith('.json'))) {
      const text = readFileSync(join(project, 'data', f), 'utf8')
      expect(parseJsonText(f, text)).toEqual(JSON.parse(text))
    }
  })
  it('accepts escapes, numbers and nesting', () => {
    const text = '[-0.5e+3, 0, 1E2, "a\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9", true, false, null, {}, [], {"x": [[]]}]'
    expect(parseJsonText('x.json', text)).toEqual(JSON.parse(text))
  })
  it('names a comment, a tab in a string and a bad escape where they are', () => {
    expect(() => parseJsonText('x.json', '{\n  // note\n}')).toThrow('line 2, column 3: expected JSON, got a comment')
    expect(() => parseJsonText('x.json', '{"a": "b\tc"}')).toThrow('line 1, column 9: expected no control character in a string, got the control character U+0009')
    expect(() => parseJsonText('x.json', '["ok", "\\x"]')).toThrow('line 1, column 9: expected an escape')
  })
  it('refuses leading zeros and lone dots', () => {
    expect(() => parseJsonText('x.json', '[01]')).toThrow('line 1, column 3')
    expect(() => parseJsonText('x.json', '[1.]')).toThrow('line 1, column 3')
  })
})
