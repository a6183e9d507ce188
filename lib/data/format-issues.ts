import type { z } from 'zod'

/** One problem in a data file, located by a JSON path such as `scores.labor.llama-2` or `models[3].id`. */
export interface DataProblem {
  file: string
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
  return `${p.file}: ${p.path || '(root)'}: ${p.message}`
}

export function jsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => {
    if (typeof key === 'number')
      return `${acc}[${key}]`
    return acc ? `${acc}.${String(key)}` : String(key)
  }, '')
}

export function problemsFromZod(file: string, error: z.ZodError): DataProblem[] {
  return error.issues.map(issue => ({ file, path: jsonPath(issue.path), message: issue.message }))
}
