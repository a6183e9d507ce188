/**
 * The offline copy of the built site: a Workbox service worker (dist/sw.js) that precaches the site, so that once a
 * student has opened it every slide loads without a network — fonts, KaTeX, chart chunks, data. The page registers
 * it (setup/main.ts, lib/offline/register.ts) only in the built site.
 *
 * Run by scripts/build.ts after `slidev build` and the handout.
 */
import { resolve } from 'node:path'
import { generateSW } from 'workbox-build'
import { MANIFEST_FILE } from '../lib/lecture/position'
import { WORKER_FILE } from '../lib/offline/register'

export interface Precache {
  files: number
  bytes: number
  warnings: string[]
}

/**
 * What is precached: everything the site shows. Not the PDFs (the slides' PDF and the handout, about 2 MB each,
 * fetched only on download: 3.6 MB more on every first visit, a phone's included); not KaTeX's WOFF and TTF fonts
 * (each face also ships as WOFF2, listed first, which every browser with service workers loads); not 404.html and
 * _redirects (a copy and the rules for the web host); not the lecture relay's manifest of the deck.
 */
export const PRECACHE_IGNORES = ['**/*.pdf', 'assets/KaTeX_*.woff', 'assets/KaTeX_*.ttf', '404.html', '_redirects',
  'workbox-*.js', MANIFEST_FILE]

export async function writeServiceWorker(dist: string): Promise<Precache> {
  const { count, size, warnings } = await generateSW({
    globDirectory: dist,
    globPatterns: ['**/*'],
    globIgnores: PRECACHE_IGNORES,
    swDest: resolve(dist, WORKER_FILE),
    // Slides have their own URLs (/cs2916/12, /cs2916/read/12): a navigation to any of them gets index.html, as the
    // web host does; not a PDF, which goes to the network.
    navigateFallback: 'index.html',
    navigateFallbackDenylist: [/\.pdf$/i],
    // The first visit is taken over at once, without a reload; a new build waits until the site's tabs are closed,
    // so an open lecture never mixes chunks of two builds.
    clientsClaim: true,
    skipWaiting: false,
    cleanupOutdatedCaches: true,
    // Vite's hashed assets need no cache-busting query.
    dontCacheBustURLsMatching: /^assets\//,
    // One file, no workbox-*.js beside it.
    inlineWorkboxRuntime: true,
    maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
    sourcemap: false,
    mode: 'production',
  })
  return { files: count, bytes: size, warnings }
}
