import { accessToken } from '../../auth/session';

/** The file name a `Content-Disposition` gives: the exact UTF-8 one (RFC 5987) first, else the plain one. */
export function fileNameFrom(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const exact = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition);
  if (exact) {
    try {
      return decodeURIComponent(exact[1].trim());
    } catch {
      // A malformed encoding: the plain name below.
    }
  }
  const plain = /filename\s*=\s*"([^"]*)"/i.exec(disposition) ?? /filename\s*=\s*([^;]+)/i.exec(disposition);
  return plain?.[1].trim() || fallback;
}

/**
 * Downloads a file the API serves only with the bearer token (a report): fetched with the
 * session's token, then saved from an object URL under the name the server gives. A plain link
 * cannot carry the Authorization header. Throws a Spanish message when the server refuses.
 */
export async function downloadWithToken(url: string, fallbackName: string): Promise<{ name: string; size: number }> {
  const token = await accessToken();
  const response = await fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (!response.ok) {
    throw new Error(
      response.status === 404
        ? 'El archivo ya no está disponible o no tiene acceso a él.'
        : `No fue posible descargar el archivo (HTTP ${response.status}).`,
    );
  }
  const blob = await response.blob();
  const name = fileNameFrom(response.headers.get('content-disposition'), fallbackName);
  const objectUrl = URL.createObjectURL(blob);
  try {
    const link = document.createElement('a');
    link.href = objectUrl;
    link.download = name;
    link.rel = 'noopener';
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    // Revoked a while later: a browser may read the blob after the click's turn has ended.
    setTimeout(() => URL.revokeObjectURL(objectUrl), 60_000);
  }
  return { name, size: blob.size };
}
