/** The search index's file at the site's root (dist/search-index.json), fetched when the search opens. */
export const SEARCH_INDEX_FILE = 'search-index.json'
