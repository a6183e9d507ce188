/**
 * npm run build [-- slidev build options] — `slidev build` (the site and, by slides.md's `download:`, the slides'
 * PDF as dist/slidev-exported.pdf), then the students' handout (npm run handout) copied beside it into dist/, the
 * lecture relay's manifest of the deck (scripts/deck-manifest.ts), then the service worker that keeps an offline
 * copy of the site (scripts/service-worker.ts).
 */
import { execFileSync } from 'node:child_process'
import { resolve } from 'node:path'
import { writeDeckManifest } from './deck-manifest'
import { writeServiceWorker } from './service-worker'

const root = resolve(import.meta.dirname, '..')
// vite-node sets NODE_ENV=development: the build must not inherit it (it would bundle Vue's development build).
const { NODE_ENV: _, ...env } = process.env
const run = (args: string[]) => execFileSync('npx', args, { cwd: root, stdio: 'inherit', env })
run(['slidev', 'build', ...process.argv.slice(2)])
run(['vite-node', '--config', 'scripts/vite-node.config.ts', 'scripts/handout.ts', '--copy', 'dist'])
const manifest = await writeDeckManifest(resolve(root, 'dist'))
console.log(`lecture manifest: ${manifest.clicks.length} slides, ${manifest.clicks.reduce((a, b) => a + b, 0)} clicks in all (dist/lecture-manifest.json)`)
const precache = await writeServiceWorker(resolve(root, 'dist'))
for (const w of precache.warnings)
  console.warn(w)
if (precache.warnings.length)
  throw new Error('the service worker leaves files out of the offline copy (above)')
console.log(`offline copy: dist/sw.js precaches ${precache.files} files, ${(precache.bytes / 1024 / 1024).toFixed(2)} MiB (PDFs not included)`)
