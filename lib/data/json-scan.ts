import { findNodeAtLocation, type ParseError, parseTree, printParseErrorCode, visit } from 'jsonc-parser'

/**
 * Strict JSON, checked by jsonc-parser (VS Code's JSON parser) with comments and trailing commas refused. JSON.parse
 * reports some syntax errors without a position and silently keeps the last of two equal keys; this reports the first
 * syntax error with its line and column in plain words (a byte-order mark is named as such) and each key written
 * twice in one object with its JSON path. When it finds nothing, the text is valid JSON and JSON.parse gives the value.
 */

export interface JsonProblem {
  /** JSON path of the problem, [] for the root. */
  path: (string | number)[]
  message: string
}

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
function explain(text: string, { error, offset, length }: ParseError): { offset: number, message: string } {
  const token = text.slice(offset, offset + Math.max(length, 1))
  const got = describe(text[offset])
  const end = offset >= text.length
  for (const bad of ['-Infinity', 'NaN', 'Infinity', 'undefined']) {
    if (text.startsWith(bad, offset))
      return { offset, message: `expected ${bad.startsWith('-') ? 'a number' : 'a value'}, got ${bad}, which JSON does not allow` }
  }
  switch (printParseErrorCode(error)) {
    case 'PropertyNameExpected':
      return { offset, message: end ? 'unexpected end of the file: expected a key or "}"' : token === '}' ? 'expected a key after ",", got "}" (a trailing comma is not allowed in JSON)' : `expected a key in double quotes, got ${got}` }
    case 'ValueExpected':
      return { offset, message: end ? 'unexpected end of the file: expected a value' : token === ']' ? 'expected a value after ",", got "]" (a trailing comma is not allowed in JSON)' : `expected a value, got ${got}` }
    case 'UnexpectedEndOfString':
    case 'InvalidCharacter': {
      const at = text.slice(offset + 1).search(/[\u0000-\u001F]/) + offset + 1
      if (at === offset)
        return { offset, message: 'unexpected end of the file inside a string: expected a closing "' }
      const what = text[at] === '\n' ? 'a closing " before the end of the line' : 'no control character'
      return { offset: at, message: `expected ${what} in a string, got ${describe(text[at])} (write it as an escape such as \\n)` }
    }
    case 'InvalidEscapeCharacter':
    case 'InvalidUnicode':
      return { offset: text.indexOf('\\', offset), message: 'expected an escape such as \\n, \\" or \\u00e9 after a backslash' }
    case 'InvalidCommentToken':
      return { offset, message: 'expected JSON, got a comment, which JSON does not allow' }
    case 'UnexpectedEndOfNumber':
    case 'InvalidNumberFormat':
      return { offset: offset + length - 1, message: `expected a number, got ${describe(text[offset + length - 1])} inside it (JSON numbers have no leading zeros, hex or trailing dot)` }
    case 'EndOfFileExpected':
      return { offset, message: `expected the end of the file after the value, got ${got}` }
    case 'InvalidSymbol':
      return { offset, message: token.startsWith('\'') ? `expected a key or string in double quotes, got ${got}` : `expected a value, got ${got}` }
    default: {
      const closing: Record<string, string> = { ColonExpected: '":"', CommaExpected: '","', CloseBraceExpected: '"}"', CloseBracketExpected: '"]"' }
      const expected = closing[printParseErrorCode(error)] ?? 'JSON'
      return { offset, message: end ? `unexpected end of the file: expected ${expected}` : `expected ${expected}, got ${got}` }
    }
  }
}

/**
 * Checks JSON text: the first syntax error, if any, else every key written twice in one object; each message says
 * where, by line and column.
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
  if (errors.length) {
    const { offset, message } = explain(text, errors[0]!)
    return syntax(offset, message)
  }
  return twice
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
