// npm run lecture [-- --port 3031 --host 0.0.0.0 --no-build]: the lecture relay (server/main.ts) in plain Node.
// The relay shares its checks with the slides (lib/lecture/, the charts' specs and the data), written in TypeScript:
// esbuild bundles them into one module in memory, which runs here without a file written and without Vite loaded.
import { resolve } from 'node:path'
import { build } from 'esbuild'

const root = resolve(import.meta.dirname, '..')
const { outputFiles } = await build({
  entryPoints: [resolve(root, 'server/main.ts')],
  bundle: true,
  platform: 'node',
  // ESM builds first: jsonc-parser's UMD build requires its parts by computed paths, which a bundle cannot follow.
  mainFields: ['module', 'main'],
  format: 'esm',
  target: 'node20',
  write: false,
  logLevel: 'warning',
  // The bundled CommonJS packages (qrcode) require Node's modules.
  banner: { js: `import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(${JSON.stringify(`${root}/`)});` },
})
process.env.LECTURE_ROOT ??= root
await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].contents).toString('base64')}`)
