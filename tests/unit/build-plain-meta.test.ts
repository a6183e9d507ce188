import { describe, expect, it } from 'vitest'
import { plainDescription, plainMetaDescription } from '../../lib/build/plain-meta'

describe('the page description', () => {
  it('is the title and info as plain text on one line', () => {
    expect(plainDescription('大语言模型发展中的重要问题讨论', 'CS2916 大语言模型 — 透明性与开源。\n'))
      .toBe('大语言模型发展中的重要问题讨论 — CS2916 大语言模型 — 透明性与开源。')
  })
  it('replaces Slidev\'s JSON-quoted metas, escaping the text for the attribute', () => {
    // What Slidev 52.14 writes for `info: |` (JSON.stringify of the text, escaped for HTML).
    const slidev = '<meta name="description" content="&quot;CS2916\\n&quot;"><meta property="og:description" content="&quot;CS2916\\n&quot;">'
    const plugin = plainMetaDescription(plainDescription('T', 'a "b" <c>'))
    const hook = plugin.transformIndexHtml as { handler: (html: string) => string }
    expect(hook.handler(slidev)).toBe('<meta name="description" content="T — a &quot;b&quot; &lt;c&gt;"><meta property="og:description" content="T — a &quot;b&quot; &lt;c&gt;">')
  })
})
