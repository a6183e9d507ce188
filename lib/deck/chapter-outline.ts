/** A slide as the outline needs it: its number, title and layout. */
export interface OutlineSlide {
  no: number
  title?: string
  layout?: string
}

export interface OutlineChapter {
  no: number
  /** The chapter's last slide: the one before the next chapter, or the deck's last. */
  lastNo: number
  index: number
  title: string
  /** Where the lecture is, seen from the given slide: a chapter already covered, the current one, or to come. */
  state: 'done' | 'current' | 'next'
}

/**
 * The lecture's chapters (the slides with layout "section"), and where slide `at` stands among them. Before the
 * first chapter (the title and contents slides) every chapter is still to come.
 */
export function chapterOutline(slides: readonly OutlineSlide[], at: number): OutlineChapter[] {
  const chapters = slides.filter(s => s.layout === 'section')
  const current = chapters.filter(c => c.no <= at).at(-1)?.no
  const lastSlide = slides.at(-1)?.no ?? 0
  return chapters.map((c, index) => ({
    no: c.no,
    lastNo: (chapters[index + 1]?.no ?? lastSlide + 1) - 1,
    index: index + 1,
    title: c.title?.trim() || `Chapter ${index + 1}`,
    state: current === undefined || c.no > current ? 'next' : c.no === current ? 'current' : 'done',
  }))
}
