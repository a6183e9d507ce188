/**
 * The search index, built from the same sources the slides use: slides.md and the slides it imports, read by
 * Slidev's own parser (titles, Markdown, code, speaker notes), and the data files as the deck's validator hands them
 * to the slides. Used by the Vite plugin that writes it into dist/ and serves it in dev (scripts/search-index-plugin.ts), the unit test and the benchmark.
 */
import { join } from 'node:path'
import { load } from '@slidev/parser/fs'
import type { DeckData } from '../lib/search/chart-records'
import { readDataFolder } from '../lib/data/check-files'
import { DataError } from '../lib/data/format-issues'
import { searchDocuments, type SearchSlideSource } from '../lib/search/documents'
import { buildSearchIndex, type SearchIndexFile } from '../lib/search/engine'

const DATA_FILES: Record<keyof DeckData, string> = {
  transparency: 'transparency.json',
  fmti: 'fmti-2023.json',
  fmtiEditions: 'fmti-editions.json',
  gptEvolution: 'gpt-evolution.json',
  openness: 'openness.json',
  opennessFrameworks: 'openness-frameworks.json',
  landscapeModels: 'models.json',
  openChatModels: 'open-chat-models.json',
  chatgptPipeline: 'chatgpt-pipeline.json',
  instructionFormats: 'instruction-formats.json',
  osaiIndex: 'osai-index.json',
}

/**
 * The data the searched components show, as the slides get it: the data plugin's checked values (file name -> value)
 * where it runs, else data/ read and checked here.
 */
export function readDeckData(root: string, checked?: ReadonlyMap<string, unknown>): DeckData {
  let values = checked
  if (!values) {
    const read = readDataFolder(join(root, 'data'))
    if (read.problems.length)
      throw new DataError(read.problems)
    values = read.values
  }
  return Object.fromEntries(Object.entries(DATA_FILES).map(([key, file]) => [key, values.get(file)])) as unknown as DeckData
}

/** The slides as Slidev parses them (slides.md with its `src:` imports). */
export async function readSlides(root: string): Promise<SearchSlideSource[]> {
  return (await load(root, join(root, 'slides.md'))).slides
}

export async function readSearchSources(root: string, checked?: ReadonlyMap<string, unknown>) {
  return { slides: await readSlides(root), data: readDeckData(root, checked) }
}

export async function searchIndexFile(root: string, checked?: ReadonlyMap<string, unknown>): Promise<SearchIndexFile> {
  const { slides, data } = await readSearchSources(root, checked)
  const built = searchDocuments(slides, data)
  return buildSearchIndex(built.slides, built.docs)
}
