import { accessToken } from '../../auth/session';

/** What a finished upload left: the document to attach, or why it cannot be attached. */
export type UploadOutcome = { ok: true; documentId: string } | { ok: false; message: string };

interface ErrorBody {
  errors?: { message?: string; extensions?: { code?: string } }[];
}

function refusalText(status: number | undefined, body: string | undefined): string {
  let parsed: ErrorBody | null = null;
  try {
    parsed = body ? (JSON.parse(body) as ErrorBody) : null;
  } catch {
    parsed = null;
  }
  const first = parsed?.errors?.[0];
  if (status === 503 || first?.extensions?.code === 'SERVICE_UNAVAILABLE')
    return 'El archivo llegó completo, pero aún no se ha podido verificar. Intente adjuntarlo de nuevo en unos minutos.';
  if (first?.message) return first.message;
  if (status === 413) return 'El archivo supera el tamaño permitido (25 MB).';
  if (status === 401) return 'Su sesión venció: entre de nuevo.';
  return 'No fue posible subir el archivo. Revise su conexión e intente de nuevo.';
}

/**
 * Uploads an evidence file to the documents module's tus endpoint (/uploads), resumably: a cut
 * connection resumes from the server's offset, and an upload of the same file interrupted earlier
 * (page closed) continues where it stopped. The bearer token is read before every request, so a
 * long upload survives the token's renewal. tus-js-client is loaded only when a file is chosen.
 */
export async function uploadEvidenceFile(file: File, onProgress: (fraction: number) => void): Promise<UploadOutcome> {
  const { Upload } = await import('tus-js-client');
  return new Promise<UploadOutcome>((resolve) => {
    const upload = new Upload(file, {
      endpoint: '/uploads',
      metadata: { purpose: 'ASSESSMENT_EVIDENCE', filename: file.name },
      retryDelays: [0, 1000, 3000, 5000, 10000],
      removeFingerprintOnSuccess: true,
      onBeforeRequest: async (req) => {
        const token = await accessToken();
        if (token) req.setHeader('Authorization', `Bearer ${token}`);
      },
      onProgress: (sent, total) => onProgress(total > 0 ? sent / total : 0),
      onSuccess: ({ lastResponse }) => {
        const documentId = lastResponse.getHeader('Document-Id');
        const status = lastResponse.getHeader('Document-Status');
        if (documentId && (!status || status === 'AVAILABLE')) resolve({ ok: true, documentId });
        else if (status === 'QUARANTINE') resolve({ ok: false, message: refusalText(503, undefined) });
        else resolve({ ok: false, message: refusalText(lastResponse.getStatus(), lastResponse.getBody()) });
      },
      onError: (error) => {
        const response = 'originalResponse' in error ? error.originalResponse : null;
        resolve({ ok: false, message: refusalText(response?.getStatus(), response?.getBody()) });
      },
    });
    upload
      .findPreviousUploads()
      .then((previous) => {
        if (previous[0]) upload.resumeFromPreviousUpload(previous[0]);
      })
      .catch(() => undefined)
      .finally(() => upload.start());
  });
}
