/** bibtex-parse (FlamingTempura, MIT) ships no types: the one function the tests use. */
declare module 'bibtex-parse' {
  /** Every entry of a BibTeX text: its type and key, each field by its name in capitals. */
  export function entries(text: string): ({ type: string, key: string } & Record<string, string | number>)[]
}
