import { existsSync, readFileSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { extname, join, normalize } from 'node:path'
import { gzipSync } from 'node:zlib'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.pdf': 'application/pdf',
  '.png': 'image/png',
}
const COMPRESSED = new Set(['.html', '.js', '.css', '.svg', '.json', '.webmanifest', '.ttf'])

/**
 * Serves a built site under a sub-path, as a student's web host would: files as they are, and index.html for any
 * other path under the base (Slidev's history routing). With `gzip` (the benchmark), text goes gzip-compressed when
 * the browser accepts it, so the bytes measured are the bytes a student downloads.
 */
export function serveStatic(root: string, base: string, port: number, options: { gzip?: boolean } = {}): Promise<Server> {
  const cache = new Map<string, Buffer>()
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    if (!url.pathname.startsWith(base)) {
      res.writeHead(404).end('outside the base path')
      return
    }
    const relative = normalize(decodeURIComponent(url.pathname.slice(base.length))).replace(/^(\.\.[/\\])+/, '')
    let file = join(root, relative)
    if (!existsSync(file) || statSync(file).isDirectory())
      file = join(root, 'index.html')
    const ext = extname(file)
    const headers: Record<string, string> = { 'content-type': TYPES[ext] ?? 'application/octet-stream' }
    let body: Buffer = readFileSync(file)
    if (options.gzip && COMPRESSED.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      if (!cache.has(file))
        cache.set(file, gzipSync(body, { level: 9 }))
      body = cache.get(file)!
      headers['content-encoding'] = 'gzip'
    }
    res.writeHead(200, { ...headers, 'content-length': String(body.length) }).end(body)
  })
  return new Promise(resolve => server.listen(port, '127.0.0.1', () => resolve(server)))
}
