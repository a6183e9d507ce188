/**
 * npm run lecture [-- --port 3031] [-- --host 0.0.0.0] [-- --no-build]
 *
 * Builds the site when dist/ is missing or older than the sources (`npm run build`, at the web root), then serves it
 * on the local network with the lecture relay (server/relay.ts), and prints the students' address, the lecturer's
 * (with a fresh token) and a QR code of the students' address. Run by scripts/lecture.mjs, which bundles this file.
 */
import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { toString as qrText } from 'qrcode'
import { checkSharedChart } from '../lib/lecture/chart-specs'
import { MANIFEST_FILE, parseManifest } from '../lib/lecture/position'
import { lanAddress } from './lan'
import { createRelay } from './relay'

const root = resolve(process.env.LECTURE_ROOT ?? process.cwd())
const dist = join(root, 'dist')

const { values: args } = parseArgs({
  options: {
    'port': { type: 'string', default: '3031' },
    'host': { type: 'string', default: '0.0.0.0' },
    'no-build': { type: 'boolean', default: false },
  },
})
const port = Number(args.port)
if (!Number.isInteger(port) || port < 0 || port > 65535)
  throw new Error(`--port: expected a port number, got ${args.port}`)

/** What the site is built from: when any of it is newer than the build, the build is stale. */
const SOURCES = ['slides.md', 'slides', 'components', 'layouts', 'data', 'lib', 'setup', 'reading', 'lecture', 'composables',
  'styles', 'public', 'custom-nav-controls.vue', 'slide-bottom.vue', 'index.html', 'vite.config.ts', 'package-lock.json']
function newest(path: string): number {
  if (!existsSync(path) || path.endsWith(`${join('styles', 'generated')}`))
    return 0
  const s = statSync(path)
  return s.isDirectory() ? Math.max(0, ...readdirSync(path).map(f => newest(join(path, f)))) : s.mtimeMs
}
const manifestFile = join(dist, MANIFEST_FILE)
const builtAt = existsSync(manifestFile) ? statSync(manifestFile).mtimeMs : 0
const stale = builtAt === 0 || Math.max(...SOURCES.map(s => newest(join(root, s)))) > builtAt
if (stale && !args['no-build']) {
  console.log(builtAt === 0 ? 'No build in dist/: building the site first (npm run build).' : 'The sources changed since dist/ was built: building again (npm run build).')
  const built = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' })
  if (built.status !== 0)
    process.exit(built.status ?? 1)
}
else if (stale) {
  console.warn(existsSync(manifestFile) ? 'dist/ is older than the sources (--no-build: serving it as it is).' : 'no build in dist/ (--no-build)')
  if (!existsSync(manifestFile))
    process.exit(1)
}

const manifest = parseManifest(JSON.parse(readFileSync(manifestFile, 'utf8')))
// 192 bits, URL-safe: carried in the presenter address's fragment, which browsers never send to a server.
const token = randomBytes(24).toString('base64url')
const lan = args.host === '0.0.0.0' || args.host === '::' ? lanAddress() : args.host
const host = lan.includes(':') ? `[${lan}]` : lan

const relay = createRelay({ dist, manifest, token, checkChart: checkSharedChart, audience: '' })
relay.server.on('error', (error: NodeJS.ErrnoException) => {
  console.error(error.code === 'EADDRINUSE' ? `Port ${port} is in use: choose another with --port.` : `The lecture server could not start: ${error.message}`)
  process.exit(1)
})
relay.server.listen(port, args.host, () => {
  const bound = (relay.server.address() as { port: number }).port
  const origin = `http://${host}:${bound}`
  const audience = `${origin}${manifest.base}`
  relay.setAudience(audience)
  console.log(`\naudience: ${audience}`)
  console.log(`presenter: ${origin}${manifest.base}presenter/#token=${token}\n`)
  qrText(audience, { type: 'terminal', small: true }, (error, text) => {
    if (!error)
      console.log(`${text}\nStudents: scan the code or open the audience address on the same network. Ctrl+C ends the lecture.`)
  })
})

function stop() {
  setTimeout(() => process.exit(0), 1000).unref()
  void relay.close().then(() => process.exit(0))
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
