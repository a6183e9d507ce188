/** A source's host for a one-line footnote: "openai.com" (the full address is in the link and its tooltip). */
export function urlHost(url: string): string {
  return new URL(url).host.replace(/^www\./, '')
}

/** A source's address without its scheme, "www." and a final slash: "huggingface.co/models". */
export function urlLabel(url: string): string {
  const u = new URL(url)
  return `${u.host.replace(/^www\./, '')}${u.pathname}${u.search}`.replace(/\/$/, '')
}
