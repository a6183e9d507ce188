/**
 * A strict JSON scanner that says where a problem is. JSON.parse reports some syntax errors without a position and
 * silently keeps the last of two equal keys; this scanner reports every syntax error with its line and column (one
 * line of text, no snippet of the file), names a byte-order mark as such, and reports each key written twice in one
 * object with its JSON path. When it finds nothing, the text is valid JSON and JSON.parse gives the value.
 */

export interface JsonProblem {
  /** JSON path of the object holding the problem, '' for the root. */
  path: (string | number)[]
  line: number
  column: number
  message: string
}

class SyntaxProblem extends Error {
  constructor(readonly offset: number, message: string) {
    super(message)
  }
}

function lineAndColumn(text: string, offset: number): { line: number, column: number } {
  let line = 1
  let start = 0
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++
      start = i + 1
    }
  }
  return { line, column: offset - start + 1 }
}

/** How a character is named in a message: printable ones quoted, others by their code point. */
function describe(ch: string | undefined): string {
  if (ch === undefined)
    return 'the end of the file'
  if (ch === '\uFEFF')
    return 'a byte-order mark (BOM, U+FEFF)'
  const code = ch.codePointAt(0)!
  if (code < 0x20 || code === 0x7F || (code >= 0x80 && /\s|\p{C}/u.test(ch)))
    return `the control character U+${code.toString(16).toUpperCase().padStart(4, '0')}`
  return `"${ch}"`
}

/** Scans JSON text; returns the syntax error (at most one: scanning stops there) and every duplicate key. */
export function scanJson(text: string): JsonProblem[] {
  const problems: JsonProblem[] = []
  const at = (offset: number, path: (string | number)[], message: string): JsonProblem =>
    ({ path, ...lineAndColumn(text, offset), message })

  if (text.charCodeAt(0) === 0xFEFF) {
    problems.push(at(0, [], 'expected JSON text, got a byte-order mark (BOM, U+FEFF) at the start of the file: save the file as UTF-8 without BOM'))
    return problems
  }
  if (text.trim() === '') {
    problems.push(at(text.length, [], 'expected a JSON value, got an empty file'))
    return problems
  }

  let i = 0
  const ws = () => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++
  }
  const fail = (message: string, offset = i): never => {
    throw new SyntaxProblem(offset, message)
  }

  const string = (): string => {
    const start = i
    i++ // opening quote
    let out = ''
    while (true) {
      if (i >= text.length)
        fail('unexpected end of the file inside a string: expected a closing "', start)
      const ch = text[i]!
      if (ch === '"') {
        i++
        return out
      }
      if (ch === '\\') {
        const next = text[i + 1]
        if (next === 'u') {
          const hex = text.slice(i + 2, i + 6)
          if (!/^[0-9a-fA-F]{4}$/.test(hex))
            fail('expected four hex digits after \\u in a string')
          out += String.fromCharCode(Number.parseInt(hex, 16))
          i += 6
          continue
        }
        const escapes: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t' }
        if (next === undefined || !(next in escapes))
          fail(`expected an escape such as \\n or \\" after a backslash, got ${describe(next)}`)
        out += escapes[next!]
        i += 2
        continue
      }
      if (ch.charCodeAt(0) < 0x20)
        fail(`expected ${ch === '\n' ? 'a closing " before the end of the line' : 'no control character'} in a string, got ${describe(ch)} (write it as an escape such as \\n)`)
      out += ch
      i++
    }
  }

  const number = () => {
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i))
    if (!m)
      fail(`expected a number, got ${describe(text[i])}`)
    i += m![0].length
    if (/[0-9A-Za-z.]/.test(text[i] ?? ''))
      fail(`expected a number, got ${describe(text[i])} inside it (JSON numbers have no leading zeros, hex or trailing dot)`)
  }

  const word = (w: string) => {
    if (text.startsWith(w, i)) {
      i += w.length
      return true
    }
    return false
  }

  const value = (path: (string | number)[]): void => {
    ws()
    const ch = text[i]
    if (ch === undefined)
      fail('unexpected end of the file: expected a value')
    if (ch === '{')
      return object(path)
    if (ch === '[')
      return array(path)
    if (ch === '"') {
      string()
      return
    }
    if (ch === '-' || (ch! >= '0' && ch! <= '9')) {
      if (text.startsWith('-Infinity', i))
        fail('expected a number, got -Infinity, which JSON does not allow')
      return number()
    }
    if (word('true') || word('false') || word('null'))
      return
    for (const bad of ['NaN', 'Infinity', 'undefined'])
      if (text.startsWith(bad, i))
        fail(`expected a value, got ${bad}, which JSON does not allow`)
    if (ch === '\'')
      fail('expected a value, got a single quote: JSON strings use double quotes "')
    fail(`expected a value, got ${describe(ch)}`)
  }

  const object = (path: (string | number)[]) => {
    const seen = new Map<string, number>()
    i++ // {
    ws()
    if (text[i] === '}') {
      i++
      return
    }
    while (true) {
      ws()
      if (text[i] !== '"') {
        if (text[i] === '}')
          fail('expected a key after ",", got "}" (a trailing comma is not allowed in JSON)')
        fail(text[i] === undefined ? 'unexpected end of the file: expected a key or "}"' : `expected a key in double quotes, got ${describe(text[i])}`)
      }
      const keyAt = i
      const key = string()
      const first = seen.get(key)
      if (first !== undefined) {
        const { line } = lineAndColumn(text, first)
        problems.push(at(keyAt, [...path, key], `key "${key}" is written twice in one object (first at line ${line}): expected each key once`))
      }
      else {
        seen.set(key, keyAt)
      }
      ws()
      if (text[i] !== ':')
        fail(text[i] === undefined ? 'unexpected end of the file: expected ":" after a key' : `expected ":" after the key "${key}", got ${describe(text[i])}`)
      i++
      value([...path, key])
      ws()
      if (text[i] === ',') {
        i++
        continue
      }
      if (text[i] === '}') {
        i++
        return
      }
      fail(text[i] === undefined ? 'unexpected end of the file: expected "," or "}"' : `expected "," or "}" after a value, got ${describe(text[i])}`)
    }
  }

  const array = (path: (string | number)[]) => {
    i++ // [
    ws()
    if (text[i] === ']') {
      i++
      return
    }
    for (let index = 0; ; index++) {
      ws()
      if (text[i] === ']')
        fail('expected a value after ",", got "]" (a trailing comma is not allowed in JSON)')
      value([...path, index])
      ws()
      if (text[i] === ',') {
        i++
        continue
      }
      if (text[i] === ']') {
        i++
        return
      }
      fail(text[i] === undefined ? 'unexpected end of the file: expected "," or "]"' : `expected "," or "]" after a value, got ${describe(text[i])}`)
    }
  }

  try {
    value([])
    ws()
    if (i < text.length)
      fail(`expected the end of the file after the value, got ${describe(text[i])}`)
  }
  catch (e) {
    if (!(e instanceof SyntaxProblem))
      throw e
    problems.push(at(e.offset, [], e.message))
  }
  return problems
}
