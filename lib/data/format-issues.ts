/** One problem in a data file, at a JSON path, and at a line where the file's text is known. */
export interface DataProblem { file: string, line?: number, path: string, message: string }

export class DataError extends Error {
  constructor(readonly problems: DataProblem[]) {
    super(problems.map(formatProblem).join('\n'))
    this.name = 'DataError'
  }
}

export function formatProblem(p: DataProblem): string {
  return `${p.file}${p.line ? `:${p.line}` : ''}: ${p.path || '(root)'}: ${p.message}`
}

/** The one message for keys an object does not allow: the keys found, then the keys it allows. */
export function unknownKeysMessage(keys: readonly string[], allowed: readonly string[]): string {
  return `unknown key${keys.length > 1 ? 's' : ''} ${keys.map(k => `"${k}"`).join(', ')}: expected only the keys ${allowed.join(', ')}`
}

/** `models[3].id`, `scores.labor.llama-2`. */
export const jsonPath = (path: readonly PropertyKey[]): string =>
  path.reduce<string>((acc, key) => typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key), '')

/** The longest quoted value or unbroken run a message repeats, and the longest message; longer ones are cut. */
const [QUOTE_LIMIT, MESSAGE_LIMIT] = [80, 1000]

/**
 * Keeps a message readable when it repeats a huge value (a 5 MB string pasted into a field): each quoted value (`"…"`,
 * as JSON.stringify writes it) or unbroken run longer than QUOTE_LIMIT is cut with its length.
 */
export function shortenQuotes(message: string): string {
  if (message.length <= QUOTE_LIMIT)
    return message
  const cut = (run: string) => `${run.slice(0, QUOTE_LIMIT)}…`
  const cutRuns = (part: string) => part.length <= QUOTE_LIMIT
    ? part
    : part.split(/(\s+)/).map(w => w.length > QUOTE_LIMIT ? `${cut(w)} (${w.length} characters)` : w).join('')
  // Split on quotes (native and fast, where a regex over a 5 MB value is not): odd parts are quoted.
  const parts = message.split('"')
  let out = cutRuns(parts[0]!)
  for (let i = 1; i < parts.length; i++) {
    const part = parts[i]!
    const quoted = i % 2 === 1 && i < parts.length - 1
    if (quoted && part.length > QUOTE_LIMIT) {
      out += `"${cut(part)}" (${part.length} characters)`
      i++ // past the closing quote, written above
      out += cutRuns(parts[i]!)
    }
    else {
      out += `"${quoted ? part : cutRuns(part)}`
    }
  }
  return out.length <= MESSAGE_LIMIT ? out : `${out.slice(0, MESSAGE_LIMIT)}…`
}
