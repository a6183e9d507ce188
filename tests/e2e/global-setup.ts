import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { BASE, PORT } from './site'
import { serveStatic } from './static-server'

export default async function setup() {
  // DECK_DIST points at another build (a chapter's preview, say); dist/ by default.
  const dist = resolve(process.env.DECK_DIST ?? resolve(import.meta.dirname, '../../dist'))
  if (!existsSync(resolve(dist, 'index.html')))
    throw new Error(`no build in ${dist}: run "npm run build -- --base ${BASE}" first (npm test does)`)
  const server = await serveStatic(dist, BASE, PORT)
  return () => new Promise<void>(done => server.close(() => done()))
}
