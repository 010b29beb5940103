/** Text and attribute values in HTML: every customer- or staff-written string goes through this. */
export function escapeHtmlText(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}
