/**
 * A hub listing's "Updated …" as the deck shows it: an absolute date stays as the hub wrote it ("Nov 14, 2023");
 * a relative one ("9 days ago", "yesterday") is relative to a moment nobody recorded, so on a slide and on paper it
 * would tell the reader nothing (issue 9), and no absolute date can be derived from it: it is left out (null).
 */
const RELATIVE = /\b(ago|yesterday|today|just now)\b/i

export function hubUpdated(text: string): string | null {
  return RELATIVE.test(text) ? null : `Updated ${text}`
}
