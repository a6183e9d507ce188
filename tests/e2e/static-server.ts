import { createServer, type Server } from 'node:http'
import { staticSite } from '../../server/static-site'

/**
 * Serves a built site under a sub-path, as a student's web host would, on loopback: the lecture server's own static
 * part (server/static-site.ts), so the tests and the benchmark see the bytes, types and routing a student gets.
 */
export function serveStatic(root: string, base: string, port: number): Promise<Server> {
  const site = staticSite(root, base)
  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost')
    if (!site.serve(req, res, pathname))
      res.writeHead(404).end('outside the base path')
  })
  return new Promise(resolve => server.listen(port, '127.0.0.1', () => resolve(server)))
}
