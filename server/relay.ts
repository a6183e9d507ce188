/**
 * The lecture relay: serves the built site and relays the lecturer's position to every connected device.
 *
 *   GET  /lecture/events   Server-Sent Events: the current position first (once there is one), then each move, and a
 *                          comment line as heartbeat. The browser's EventSource reconnects by itself.
 *   POST /lecture/state    the presenter's move: `Authorization: Bearer <token>`, a JSON LecturePosition of at most
 *                          4 KiB, checked against the deck (slides, clicks) and the data (chart states) before it is
 *                          relayed. 401 without the token, 403 with another, 413 too large, 415 not JSON, 400 invalid.
 *   anything else          the built site under its base (GET, HEAD), or 404 / 405.
 *
 * Its only state is the current position. It writes no file and logs no request.
 */
import { createHash, timingSafeEqual } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { checkPosition, type ChartStateCheck, type DeckManifest, type LecturePosition, MAX_MESSAGE_BYTES } from '../lib/lecture/position'
import { staticSite } from './static-site'

export const EVENTS_PATH = '/lecture/events'
export const STATE_PATH = '/lecture/state'
/** How soon a device tries again after losing the stream (the SSE `retry` field). */
export const RETRY_MS = 1000
/** More listeners than a hall holds is a mistake or an attack: refused with 503. */
export const MAX_LISTENERS = 5000
/** A listener that cannot keep up (its unsent bytes pass this) is dropped; it reconnects and gets the position. */
const MAX_BUFFERED = 256 * 1024
/** A request body is read at most this far before the connection is closed. */
const MAX_DRAIN = 8 * 1024 * 1024

export interface RelayOptions {
  dist: string
  manifest: DeckManifest
  /** The presenter's secret. */
  token: string
  checkChart: ChartStateCheck
  /** The address students open (for the page's QR code); settable once the port is known. */
  audience: string
  heartbeatMs?: number
}

export interface Relay {
  server: Server
  /** The number of devices listening. */
  listeners: () => number
  setAudience: (address: string) => void
  /** Ends the event streams cleanly (the devices reconnect to whatever answers next) and stops the server. */
  close: () => Promise<void>
}

const digest = (s: string) => createHash('sha256').update(s).digest()

/** The page's meta tag: where the relay is, the audience address and the deck's manifest, as JSON in an attribute. */
export function relayMeta(audience: string, manifest: DeckManifest): string {
  const content = JSON.stringify({ events: EVENTS_PATH, state: STATE_PATH, audience, manifest })
    .replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  return `<meta name="lecture-relay" content="${content}">`
}

function json(res: ServerResponse, status: number, body: object, headers: Record<string, string> = {}) {
  const text = JSON.stringify(body)
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(text)), 'cache-control': 'no-store', ...headers })
  res.end(text)
}

/** The body up to `limit` bytes (more is read and dropped, so the answer reaches the client); null if it was longer. */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_DRAIN)
        req.destroy()
      else if (size <= limit)
        chunks.push(chunk)
    })
    req.on('end', () => resolve(size > limit ? null : Buffer.concat(chunks)))
    req.on('error', reject)
    req.on('close', () => resolve(null))
  })
}

export function createRelay(o: RelayOptions): Relay {
  const tokenDigest = digest(o.token)
  let audience = o.audience
  const site = staticSite(o.dist, o.manifest.base, html => html.replace('</head>', `${relayMeta(audience, o.manifest)}</head>`))
  const listeners = new Set<ServerResponse>()
  let current: string | null = null
  let seq = 0

  function broadcast(frame: string) {
    for (const res of listeners) {
      if (res.writableLength > MAX_BUFFERED)
        res.destroy()
      else
        res.write(frame)
    }
  }

  function authorised(req: IncomingMessage): 401 | 403 | null {
    const header = req.headers.authorization
    const match = header ? /^Bearer ([\w-]+)$/.exec(header) : null
    if (!match)
      return 401
    // Digests of equal length, compared in constant time: neither the token nor its length leaks.
    return timingSafeEqual(digest(match[1]!), tokenDigest) ? null : 403
  }

  async function postState(req: IncomingMessage, res: ServerResponse) {
    const body = await readBody(req, MAX_MESSAGE_BYTES).catch(() => null)
    if (res.destroyed)
      return
    const auth = authorised(req)
    if (auth === 401)
      return json(res, 401, { error: 'the presenter\'s token is missing (Authorization: Bearer <token>)' }, { 'www-authenticate': 'Bearer' })
    if (auth === 403)
      return json(res, 403, { error: 'wrong token' })
    if (body === null)
      return json(res, 413, { error: `a move is at most ${MAX_MESSAGE_BYTES} bytes` })
    if (!/^application\/json\s*(;|$)/i.test(req.headers['content-type'] ?? ''))
      return json(res, 415, { error: 'expected Content-Type: application/json' })
    let value: unknown
    try {
      value = JSON.parse(body.toString('utf8'))
    }
    catch {
      return json(res, 400, { error: 'not JSON' })
    }
    const checked = checkPosition(value, o.manifest, o.checkChart)
    if ('error' in checked)
      return json(res, 400, { error: checked.error })
    const position: LecturePosition = checked.position
    const data = JSON.stringify(position)
    if (data !== current) {
      current = data
      seq++
      broadcast(`id: ${seq}\ndata: ${data}\n\n`)
    }
    json(res, 200, { audience: listeners.size })
  }

  function events(req: IncomingMessage, res: ServerResponse) {
    if (listeners.size >= MAX_LISTENERS)
      return json(res, 503, { error: 'too many listeners' })
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store, no-transform',
      'connection': 'keep-alive',
      'x-accel-buffering': 'no',
    })
    res.write(`retry: ${RETRY_MS}\n\n`)
    if (current !== null)
      res.write(`id: ${seq}\ndata: ${current}\n\n`)
    listeners.add(res)
    req.socket.setNoDelay(true)
    res.on('close', () => listeners.delete(res))
  }

  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://relay')
    if (pathname === EVENTS_PATH)
      return req.method === 'GET' ? events(req, res) : json(res, 405, { error: 'GET only' }, { allow: 'GET' })
    if (pathname === STATE_PATH) {
      if (req.method === 'POST')
        return void postState(req, res)
      return json(res, 405, { error: 'POST only' }, { allow: 'POST' })
    }
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return json(res, 405, { error: 'the site is read-only' }, { allow: 'GET, HEAD' })
    if (pathname === '/' && o.manifest.base !== '/') {
      res.writeHead(302, { location: o.manifest.base }).end()
      return
    }
    if (!site.serve(req, res, pathname))
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found')
  })
  // A slow or stalled request is cut off; the event streams are responses, not requests, and stay open.
  server.requestTimeout = 15_000
  server.headersTimeout = 10_000

  const heartbeat = setInterval(() => broadcast(': keep-alive\n\n'), o.heartbeatMs ?? 15_000)
  heartbeat.unref()
  server.on('close', () => clearInterval(heartbeat))

  function close() {
    for (const res of listeners)
      res.end()
    return new Promise<void>((done) => {
      server.close(() => done())
      server.closeIdleConnections()
    })
  }

  return { server, listeners: () => listeners.size, setAudience: (address) => { audience = address }, close }
}
