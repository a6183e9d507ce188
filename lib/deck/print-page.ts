/**
 * Whether a page is one that prints the deck: Slidev's exporter and the browser's print view (`?print`, `/print`,
 * `/presenter/print`, `/export`). Read from the address, because inside the print view each slide gets a fixed nav
 * without `isPrintMode`, so `$nav.isPrintMode` is not set there.
 */
export interface PageLocation {
  pathname: string
  search: string
}

export function isPrintPage(base: string, where: PageLocation): boolean {
  if (new URLSearchParams(where.search).has('print'))
    return true
  const path = where.pathname.startsWith(base) ? where.pathname.slice(base.length) : where.pathname.replace(/^\//, '')
  return /^(?:presenter\/)?(?:print|export)(?:\/|$)/.test(path)
}
