/**
 * A hub listing's "Updated …" as the deck shows it: an absolute date stays as the hub wrote it ("Nov 14, 2023");
 * a relative one ("9 days ago", "yesterday") is relative to a moment nobody recorded, so on a slide and on paper it
 * would tell the reader nothing (issue 9): it is shown as an unknown date instead of a wrong absolute one.
 */
const RELATIVE = /\b(ago|yesterday|today|just now)\b/i

export function hubUpdated(text: string): string {
  return RELATIVE.test(text) ? 'Updated (date not recorded)' : `Updated ${text}`
}
