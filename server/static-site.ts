import { existsSync, readFileSync, statSync } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { extname, join, resolve, sep } from 'node:path'
import { gzipSync } from 'node:zlib'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.pdf': 'application/pdf',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
}
const COMPRESSED = new Set(['.html', '.js', '.css', '.svg', '.json', '.webmanifest', '.ttf', '.txt'])

export interface StaticSite {
  /** Answers a GET or HEAD under the base; false when the path is not under it. */
  serve: (req: IncomingMessage, res: ServerResponse, pathname: string) => boolean
}

/**
 * A built Slidev site under its base, read from disk and kept in memory once read: files as they are (gzip when the
 * browser takes it), and index.html for any other path under the base (Slidev's history routing). `page` may rewrite
 * index.html (the relay adds its meta tag). Nothing outside `root` is reachable.
 */
export function staticSite(root: string, base: string, page: (html: string) => string = html => html): StaticSite {
  const dir = resolve(root)
  const cache = new Map<string, { body: Buffer, gzip?: Buffer, type: string }>()

  function load(file: string) {
    let hit = cache.get(file)
    if (!hit) {
      const ext = extname(file)
      const raw = readFileSync(file)
      const body = ext === '.html' ? Buffer.from(page(raw.toString('utf8'))) : raw
      hit = { body, type: TYPES[ext] ?? 'application/octet-stream', gzip: COMPRESSED.has(ext) ? gzipSync(body, { level: 6 }) : undefined }
      cache.set(file, hit)
    }
    return hit
  }

  function serve(req: IncomingMessage, res: ServerResponse, pathname: string): boolean {
    if (!pathname.startsWith(base) && `${pathname}/` !== base)
      return false
    let relative: string
    try {
      relative = decodeURIComponent(pathname.slice(base.length))
    }
    catch {
      res.writeHead(400).end()
      return true
    }
    let file = resolve(dir, `.${sep}${relative}`)
    if (file !== dir && !file.startsWith(dir + sep)) {
      res.writeHead(404).end()
      return true
    }
    const isFile = existsSync(file) && statSync(file).isFile()
    // A missing asset is a 404; a slide's address (no file extension) is the app.
    if (!isFile && extname(relative) !== '' && !relative.endsWith('.html')) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found')
      return true
    }
    if (!isFile)
      file = join(dir, 'index.html')
    const { body, gzip, type } = load(file)
    const zipped = gzip && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))
    const data = zipped ? gzip : body
    res.writeHead(200, {
      'content-type': type,
      'content-length': String(data.length),
      // Vite's hashed assets never change; the rest is checked each time.
      'cache-control': relative.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      ...(zipped ? { 'content-encoding': 'gzip' } : {}),
      'vary': 'accept-encoding',
    })
    res.end(req.method === 'HEAD' ? undefined : data)
    return true
  }

  return { serve }
}
