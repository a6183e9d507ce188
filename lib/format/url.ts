/** A source's host for a one-line footnote: "openai.com" (the full address is in the link and its tooltip). */
export function urlHost(url: string): string {
  return new URL(url).host.replace(/^www\./, '')
}

/** A source's address without its scheme, "www." and a final slash: "huggingface.co/models". */
export function urlLabel(url: string): string {
  const u = new URL(url)
  return `${u.host.replace(/^www\./, '')}${u.pathname}${u.search}`.replace(/\/$/, '')
}

/**
 * A link as it is printed (issue 9: "links print as short readable URLs"): what a reader of the PDF types to find
 * the source. The protocol, "www.", a trailing slash, the query and the fragment go; a path longer than `max`
 * characters keeps its first segment and its last, joined by "…" (github.com/org/…/file.md).
 */
export function printUrl(href: string, max = 48): string {
  let url: URL
  try {
    url = new URL(href)
  }
  catch {
    return href
  }
  const host = url.host.replace(/^www\./, '')
  const path = decodeURI(url.pathname).replace(/\/+$/, '')
  const full = `${host}${path}`
  if (full.length <= max)
    return full
  const parts = path.split('/').filter(Boolean)
  if (parts.length <= 2)
    return full
  return `${host}/${parts[0]}/…/${parts.at(-1)}`
}
