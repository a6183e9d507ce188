// The parts of subset-font and fontverter that scripts/deck-fonts.ts uses (neither ships types).
declare module 'subset-font' {
  export default function subsetFont(font: Buffer, text: string, options?: { targetFormat?: 'woff2' | 'woff' | 'sfnt' | 'truetype' }): Promise<Buffer>
}
declare module 'fontverter' {
  const fontverter: { convert(font: Buffer, to: 'woff2' | 'woff' | 'sfnt' | 'truetype'): Promise<Buffer> }
  export default fontverter
}
