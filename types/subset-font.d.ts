declare module 'subset-font' {
  /** Subsets a TTF/WOFF/WOFF2 font to the characters of `text` (harfbuzz hb-subset, wasm). */
  export default function subsetFont(font: Buffer | Uint8Array, text: string, options?: {
    targetFormat?: 'sfnt' | 'truetype' | 'woff' | 'woff2'
    preserveNameIds?: number[]
    variationAxes?: Record<string, number | { min: number, max: number, default?: number }>
    noLayoutClosure?: boolean
  }): Promise<Buffer>
}
