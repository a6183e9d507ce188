import { type ChildProcess, spawn } from 'node:child_process'
import { get, type IncomingMessage } from 'node:http'
import { createServer } from 'node:net'
import { resolve } from 'node:path'

const root = resolve(import.meta.dirname, '../..')

/** A port nobody listens on at the moment, on loopback. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const s = createServer()
    s.once('error', fail)
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number }
      s.close(() => done(port))
    })
  })
}

export interface LectureServer {
  process: ChildProcess
  origin: string
  /** The audience address it printed. */
  audience: string
  /** The presenter address it printed, token in the fragment. */
  presenter: string
  token: string
  log: () => string
  /** Stops it (by its pid) and waits until it has exited. */
  stop: () => Promise<void>
}

/**
 * `npm run lecture` as the lecturer starts it (scripts/lecture.mjs), on loopback and a given port, serving dist/ as
 * built (--no-build): resolves once it has printed its addresses and answers.
 */
export async function startLectureServer(port: number): Promise<LectureServer> {
  const child = spawn(process.execPath, [resolve(root, 'scripts/lecture.mjs'), '--port', String(port), '--host', '127.0.0.1', '--no-build'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1' },
  })
  let out = ''
  child.stdout!.on('data', (b: Buffer) => { out += b.toString() })
  child.stderr!.on('data', (b: Buffer) => { out += b.toString() })
  const exited = new Promise<void>(done => child.once('exit', () => done()))
  const deadline = Date.now() + 30_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`npm run lecture exited with ${child.exitCode}:\n${out}`)
    const audience = /^audience: (\S+)$/m.exec(out)?.[1]
    const presenter = /^presenter: (\S+)$/m.exec(out)?.[1]
    if (audience && presenter && await fetch(audience).then(r => r.ok, () => false)) {
      return {
        process: child,
        origin: new URL(audience).origin,
        audience,
        presenter,
        token: new URL(presenter).hash.replace('#token=', ''),
        log: () => out,
        stop: async () => {
          if (child.exitCode === null && child.pid)
            process.kill(child.pid, 'SIGTERM')
          await exited
        },
      }
    }
    await new Promise(r => setTimeout(r, 200))
  }
  child.kill('SIGKILL')
  throw new Error(`npm run lecture did not answer on port ${port}:\n${out}`)
}

/** The lecturer's move as the presenter page sends it. */
export function postMove(origin: string, body: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${origin}/lecture/state`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body })
}

export interface EventClient {
  /** The `data:` of each event received, parsed, with the time it arrived (performance.now()). */
  events: { data: unknown, at: number }[]
  close: () => void
  response: Promise<IncomingMessage>
}

/** A device on the event stream, as plain HTTP (what EventSource does, without a browser). */
export function eventClient(origin: string): EventClient {
  const events: { data: unknown, at: number }[] = []
  let buffer = ''
  let close = () => {}
  const response = new Promise<IncomingMessage>((done, fail) => {
    const req = get(`${origin}/lecture/events`, { agent: false, headers: { accept: 'text/event-stream' } }, (res) => {
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => {
        buffer += chunk
        let end: number
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const frame = buffer.slice(0, end)
          buffer = buffer.slice(end + 2)
          const data = frame.split('\n').filter(l => l.startsWith('data: ')).map(l => l.slice(6)).join('\n')
          if (data)
            events.push({ data: JSON.parse(data) as unknown, at: performance.now() })
        }
      })
      done(res)
    })
    req.on('error', fail)
    close = () => req.destroy()
  })
  response.catch(() => {})
  return { events, close: () => close(), response }
}
