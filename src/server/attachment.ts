/**
 * Content-Disposition for a download the API sends (a sheet, a list, evidence) named `name`: `filename*` in UTF-8 (RFC 6266 with RFC 5987's encoding, which
 * leaves only letters, digits and !#$&+-.^_`|~ as they are) and a plain `filename` for clients that know no other.
 */
export function attachment(name: string): string {
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  const plain = name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${plain}"; filename*=UTF-8''${encoded}`;
}
