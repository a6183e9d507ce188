/**
 * The offline copy of the built site: whether and how a page registers the service worker that `npm run build`
 * writes (dist/sw.js, see scripts/service-worker.ts). Kept free of Vue and Slidev so it can be unit-tested.
 */

import { isPrintPage, type PageLocation } from '../deck/print-page'

/** The file name of the worker, beside index.html under the site's base. */
export const WORKER_FILE = 'sw.js'

/**
 * Whether this page should register the worker. Only the built site does (the dev server and `slidev export` run
 * without one); and not a print or export page: Slidev's exporter opens those (`?print`, `/print`, `/export`),
 * also on the built site while `slidev build` makes the slides' PDF, before the worker exists.
 */
export function shouldRegisterWorker(prod: boolean, base: string, where: PageLocation): boolean {
  if (!prod)
    return false
  return !isPrintPage(base, where)
}

/** The worker's URL and scope, both from the site's base (`/cs2916/` → `/cs2916/sw.js`, scope `/cs2916/`). */
export function workerUrl(base: string): { url: string, scope: string } {
  const scope = base.endsWith('/') ? base : `${base}/`
  return { url: `${scope}${WORKER_FILE}`, scope }
}
