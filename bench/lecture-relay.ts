/**
 * The lecture relay holding a full hall: `npm run lecture` (scripts/lecture.mjs, its own process, serving dist/)
 * with 1,000 event-stream clients on loopback. Each of the lecturer's moves is timed from the moment its
 * `POST /lecture/state` is sent to the moment the last of the 1,000 clients has received it; the relay's memory is
 * its resident set (Linux /proc) with every client connected, and its peak over the run.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { writeDeckManifest } from '../scripts/deck-manifest'
import { type EventClient, eventClient, freePort, postMove, startLectureServer } from '../tests/helpers/lecture-server'

const CLIENTS = 1000
const MOVES = 40

type Report = (what: string, value: string, target?: string) => void

const percentile = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!
}

/** A process's resident set and its peak, in MiB, from /proc/<pid>/status. */
function memoryOf(pid: number): { rss: number, peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN)
  return { rss: kib('VmRSS') / 1024, peak: kib('VmHWM') / 1024 }
}

async function until(condition: () => boolean, what: string, timeout = 30_000) {
  const deadline = Date.now() + timeout
  while (!condition()) {
    if (Date.now() > deadline)
      throw new Error(`lecture relay bench: ${what} did not happen within ${timeout / 1000} s`)
    await new Promise(r => setTimeout(r, 5))
  }
}

export async function benchLectureRelay(root: string, report: Report): Promise<void> {
  const dist = join(root, 'dist')
  // `slidev build` alone (as the bench builds) writes no manifest: measured from this build, as npm run build does.
  const manifest = await writeDeckManifest(dist)

  const server = await startLectureServer(await freePort())
  const clients: EventClient[] = []
  try {
    const pid = server.process.pid!
    const idle = memoryOf(pid)
    // Connected a hundred at a time, as a hall's devices arrive.
    for (let i = 0; i < CLIENTS; i += 100) {
      const batch = Array.from({ length: Math.min(100, CLIENTS - i) }, () => eventClient(server.origin))
      await Promise.all(batch.map(c => c.response))
      clients.push(...batch)
    }
    const auth = { authorization: `Bearer ${server.token}` }
    // Every slide and click of the deck in order, as a lecture walks them.
    const places = manifest.clicks.flatMap((last, i) => Array.from({ length: last + 1 }, (_, click) => ({ slide: i + 1, click })))
    const latencies: number[] = []
    for (let m = 0; m < MOVES; m++) {
      const place = places[m % places.length]!
      const before = clients.map(c => c.events.length)
      const sent = performance.now()
      const res = await postMove(server.origin, JSON.stringify({ ...place, charts: {} }), auth)
      if (!res.ok)
        throw new Error(`lecture relay bench: the move was refused (${res.status} ${await res.text()})`)
      await until(() => clients.every((c, i) => c.events.length > before[i]!), `move ${m + 1} reaching all ${CLIENTS} clients`)
      latencies.push(Math.max(...clients.map(c => c.events.at(-1)!.at)) - sent)
    }
    const loaded = memoryOf(pid)
    report(`Lecture relay: lecturer's move to the last of ${CLIENTS.toLocaleString('en')} event-stream clients on loopback (p50 / p95 of ${MOVES} moves)`,
      `${percentile(latencies, 0.5).toFixed(1)} ms / ${percentile(latencies, 0.95).toFixed(1)} ms`, 'p95 ≤ 200 ms')
    report(`Lecture relay memory (resident: idle / ${CLIENTS.toLocaleString('en')} clients connected / peak)`,
      `${idle.rss.toFixed(0)} / ${loaded.rss.toFixed(0)} / ${loaded.peak.toFixed(0)} MiB`, '≤ 150 MB')
  }
  finally {
    clients.forEach(c => c.close())
    await server.stop()
  }
}
