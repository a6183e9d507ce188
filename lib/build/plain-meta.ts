import type { Plugin } from 'vite'

/** Escapes text for an HTML attribute value in double quotes. */
function attrEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** The page's description as plain text: the headmatter's title and info, one line, no quotes or `\n` added. */
export function plainDescription(title: string | undefined, info: string | undefined): string {
  const parts = [title, info].map(s => (s ?? '').replace(/\s+/g, ' ').trim()).filter(Boolean)
  return parts.join(' — ')
}

/**
 * Slidev 52 writes `info` into `<meta name="description">` and `og:description` through JSON.stringify, so the page
 * carries literal quotes and `\n`. This rewrites both metas with the plain text of the title and the info.
 */
export function plainMetaDescription(description: string): Plugin {
  const content = attrEscape(description)
  return {
    name: 'deck:plain-meta-description',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        return html
          .replace(/(<meta\s+name="description"\s+content=")[^"]*(")/, `$1${content}$2`)
          .replace(/(<meta\s+property="og:description"\s+content=")[^"]*(")/, `$1${content}$2`)
      },
    },
  }
}
