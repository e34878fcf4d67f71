/**
 * CSV for people who open it in Excel: UTF-8 with a byte-order mark (without it Excel reads Chinese as GBK
 * and shows mojibake), CRLF line ends, every field quoted when it needs to be (RFC 4180), and cells that
 * Excel would run as a formula (=, +, -, @ first) prefixed with an apostrophe.
 */

export const BOM = '\uFEFF';

function cell(value: string | number | undefined): string {
  let s = value === undefined ? '' : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(headers: readonly string[], rows: readonly (readonly (string | number | undefined)[])[]): string {
  return BOM + [headers, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

/** Text for HTML element content and attribute values. */
export const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
