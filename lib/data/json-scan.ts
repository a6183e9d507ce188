import { findNodeAtLocation, type ParseError, parseTree, printParseErrorCode, visit } from 'jsonc-parser'

/** A problem in JSON text, at a JSON path ([] for the root). */
export interface JsonProblem { path: (string | number)[], message: string }

function lineAndColumn(text: string, offset: number): { line: number, column: number } {
  const before = text.slice(0, offset).split('\n')
  return { line: before.length, column: before.at(-1)!.length + 1 }
}

/** How a character is named in a message: printable ones quoted, others by their code point. */
function describe(ch: string | undefined): string {
  if (ch === undefined)
    return 'the end of the file'
  const code = ch.codePointAt(0)!
  if (code < 0x20 || code === 0x7F || (code >= 0x80 && /\s|\p{C}/u.test(ch)))
    return `the control character U+${code.toString(16).toUpperCase().padStart(4, '0')}`
  return `"${ch}"`
}

/** The first syntax error in plain words, and where it is (an offset into the text). */
function explain(text: string, { error, offset, length }: ParseError): [offset: number, message: string] {
  const [got, end, code] = [describe(text[offset]), offset >= text.length, printParseErrorCode(error)]
  const bad = ['-Infinity', 'NaN', 'Infinity', 'undefined'].find(b => text.startsWith(b, offset))
  const trailing = (close: string, what: string) => text[offset] === close && `expected ${what} after ",", got "${close}" (a trailing comma is not allowed in JSON)`
  const at = (message: string, where = offset): [number, string] => [where, message]
  if (bad)
    return at(`expected ${bad.startsWith('-') ? 'a number' : 'a value'}, got ${bad}, which JSON does not allow`)
  if (code === 'UnexpectedEndOfString' || code === 'InvalidCharacter') {
    const found = text.slice(offset + 1).search(/[\u0000-\u001F]/) + offset + 1
    if (found === offset)
      return at('unexpected end of the file inside a string: expected a closing "')
    const what = text[found] === '\n' ? 'a closing " before the end of the line' : 'no control character'
    return at(`expected ${what} in a string, got ${describe(text[found])} (write it as an escape such as \\n)`, found)
  }
  if (code === 'InvalidEscapeCharacter' || code === 'InvalidUnicode')
    return at('expected an escape such as \\n, \\" or \\u00e9 after a backslash', text.indexOf('\\', offset))
  if (code === 'UnexpectedEndOfNumber' || code === 'InvalidNumberFormat')
    return at(`expected a number, got ${describe(text[offset + length - 1])} inside it (JSON numbers have no leading zeros, hex or trailing dot)`, offset + length - 1)
  const expected = ({ PropertyNameExpected: 'a key or "}"', ValueExpected: 'a value', ColonExpected: '":"', CommaExpected: '","', CloseBraceExpected: '"}"', CloseBracketExpected: '"]"' } as Record<string, string>)[code] ?? 'JSON'
  if (end)
    return at(`unexpected end of the file: expected ${expected}`)
  return at(({
    PropertyNameExpected: trailing('}', 'a key') || `expected a key in double quotes, got ${got}`,
    ValueExpected: trailing(']', 'a value') || `expected a value, got ${got}`,
    InvalidCommentToken: 'expected JSON, got a comment, which JSON does not allow',
    EndOfFileExpected: `expected the end of the file after the value, got ${got}`,
    InvalidSymbol: text[offset] === '\'' ? `expected a key or string in double quotes, got ${got}` : `expected a value, got ${got}`,
  } as Record<string, string>)[code] ?? `expected ${expected}, got ${got}`)
}

/**
 * Strict JSON, checked by jsonc-parser (VS Code's JSON parser) with comments and trailing commas refused: the first
 * syntax error in plain words (JSON.parse gives some without a position; a byte-order mark is named as such), else each
 * key written twice in one object (JSON.parse silently keeps the last), by line and column. [] when the text is JSON.
 */
export function scanJson(text: string): JsonProblem[] {
  const syntax = (offset: number, message: string): JsonProblem[] => {
    const { line, column } = lineAndColumn(text, offset)
    return [{ path: [], message: `expected valid JSON, got a syntax error at line ${line}, column ${column}: ${message}` }]
  }
  if (text.charCodeAt(0) === 0xFEFF)
    return syntax(0, 'expected JSON text, got a byte-order mark (BOM, U+FEFF) at the start of the file: save the file as UTF-8 without BOM')
  if (text.trim() === '')
    return syntax(text.length, 'expected a JSON value, got an empty file')
  const errors: ParseError[] = []
  const twice: JsonProblem[] = []
  const objects: Map<string, number>[] = [] // per open object: each key's line
  visit(text, {
    onObjectBegin: () => void objects.push(new Map()),
    onObjectEnd: () => void objects.pop(),
    onObjectProperty: (key, _offset, _length, line, character, path) => {
      const first = objects.at(-1)!.get(key)
      if (first === undefined)
        objects.at(-1)!.set(key, line + 1)
      else
        twice.push({ path: [...path(), key], message: `at line ${line + 1}, column ${character + 1}: key "${key}" is written twice in one object (first at line ${first}): expected each key once` })
    },
    onError: (error, offset, length) => void errors.push({ error, offset, length }),
  }, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false })
  return errors.length ? syntax(...explain(text, errors[0]!)) : twice
}

/**
 * The line of a JSON path in valid JSON text: of its key, or of its value in a list; where the path leads nowhere (a
 * missing key), of the nearest value it leads to. The text is parsed at the first call.
 */
export function lineAt(text: string): (path: (string | number)[]) => number {
  let tree: ReturnType<typeof parseTree>
  return (path) => {
    tree ??= parseTree(text)
    for (let n = path.length; n >= 0; n--) {
      const node = tree && findNodeAtLocation(tree, path.slice(0, n))
      if (node)
        return lineAndColumn(text, node.parent?.type === 'property' ? node.parent.offset : node.offset).line
    }
    return 1
  }
}
