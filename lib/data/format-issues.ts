/** One problem in a data file, located by a JSON path such as `scores.labor.llama-2` or `models[3].id`, and a line. */
export interface DataProblem {
  file: string
  /** Where the file's text is known: the line the path leads to. */
  line?: number
  path: string
  message: string
}

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

export function jsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => {
    if (typeof key === 'number')
      return `${acc}[${key}]`
    return acc ? `${acc}.${String(key)}` : String(key)
  }, '')
}

/** The longest quoted value or unbroken run a message repeats; longer ones are cut, with their length. */
const QUOTE_LIMIT = 80
/** The longest message; the rest is cut. */
const MESSAGE_LIMIT = 1000

/**
 * Keeps a message readable when it repeats a huge value (a 5 MB string pasted into a field): each quoted value
 * (`"…"`, as JSON.stringify writes it) or unbroken run longer than QUOTE_LIMIT is cut with its length, and the
 * whole message is capped at MESSAGE_LIMIT.
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
  const short = out
  return short.length <= MESSAGE_LIMIT ? short : `${short.slice(0, MESSAGE_LIMIT)}…`
}
