/**
 * `Content-Disposition: attachment` for a file name people gave (reports, documents): an ASCII
 * fallback for old clients and the exact UTF-8 name (RFC 5987/6266), so accents survive in every
 * browser. Quotes and control characters never reach the header.
 */
export function attachmentDisposition(name: string): string {
  const ascii = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\]/g, '');
  // RFC 5987 also escapes what encodeURIComponent leaves: ' ( ) * !
  const exact = encodeURIComponent(name).replace(/['()*!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${exact}`;
}
