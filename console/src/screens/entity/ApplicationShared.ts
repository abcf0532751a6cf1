import { accessToken } from '../../auth/session';

/**
 * What the entity's process screens share (accompaniment, application, follow-up): Spanish labels
 * for the enums the API gives without one, and the resumable upload of a document.
 */

/** The four FUTIC components (Resolución 1117 de 2022), as the application's lines name them. */
export const COMPONENTS = [
  { id: 'EQUIPMENT', label: 'Equipos' },
  { id: 'TECHNOLOGICAL_SERVICES', label: 'Servicios tecnológicos' },
  { id: 'WORK_TEAM', label: 'Equipo de trabajo' },
  { id: 'TRAINING', label: 'Formación' },
] as const;
export type ComponentCode = (typeof COMPONENTS)[number]['id'];
export const componentLabel = (code: string | null | undefined) =>
  code ? (COMPONENTS.find((c) => c.id === code)?.label ?? code) : 'Sin componente';

export const TOPICS = [
  { id: 'ASSESSMENT_SUPPORT', label: 'Apoyo para diligenciar el autodiagnóstico' },
  { id: 'ROADMAP', label: 'Hoja de ruta a partir del autodiagnóstico validado' },
  { id: 'PROJECT_FORMULATION', label: 'Formulación de un proyecto para cofinanciación' },
] as const;
export type TopicCode = (typeof TOPICS)[number]['id'];
export const topicLabel = (code: string) => TOPICS.find((t) => t.id === code)?.label ?? code;

export const MODALITIES = [
  { id: 'VIRTUAL', label: 'Virtual' },
  { id: 'IN_PERSON', label: 'Presencial' },
] as const;
export type ModalityCode = (typeof MODALITIES)[number]['id'];
export const modalityLabel = (code: string) => MODALITIES.find((m) => m.id === code)?.label ?? code;

export const sessionStatusLabel = (code: string) => ({ SCHEDULED: 'Programada', HELD: 'Realizada', CANCELLED: 'Cancelada' })[code] ?? code;
export const priorityLabel = (code: string) => ({ HIGH: 'Alta', MEDIUM: 'Media', LOW: 'Baja' })[code] ?? code;
export const horizonLabel = (code: string) => ({ SHORT: 'Corto plazo', MEDIUM: 'Mediano plazo', LONG: 'Largo plazo' })[code] ?? code;
export const periodReportStatusLabel = (code: string) =>
  ({ SUBMITTED: 'En revisión', RETURNED: 'Devuelto', ACCEPTED: 'Aceptado', WITHDRAWN: 'Retirado' })[code] ?? code;
export const reportDueLabel = (code: string) =>
  ({ UPCOMING: 'Por venir', DUE: 'Por reportar', OVERDUE: 'Vencido', SUBMITTED: 'Reportado' })[code] ?? code;
export const planStatusLabel = (code: string) =>
  ({ DRAFT: 'En revisión (borrador)', APPROVED: 'Aprobado', WITHDRAWN: 'Retirado' })[code] ?? code;

/** A document's purpose, as the tus endpoint takes it (docs/api/documents.md). */
export type UploadPurpose = 'ELIGIBILITY_REQUIREMENT' | 'PROGRESS_EVIDENCE';

/**
 * Uploads a file through the API's tus endpoint and gives the document's id once the server has
 * checked it. tus-js-client is loaded here, on first use, so it stays out of the screens' chunks;
 * it resumes by itself after a dropped connection. A refusal (type, size, antivirus) rejects with
 * the API's Spanish message.
 */
export async function uploadDocument(file: File, purpose: UploadPurpose, onProgress?: (fraction: number) => void): Promise<string> {
  const [{ Upload }, token] = await Promise.all([import('tus-js-client'), accessToken()]);
  return new Promise<string>((resolve, reject) => {
    const upload = new Upload(file, {
      endpoint: '/uploads',
      headers: token ? { authorization: `Bearer ${token}` } : {},
      metadata: { purpose, filename: file.name },
      retryDelays: [0, 1000, 3000, 5000],
      // A finished upload is a document: nothing to resume from another tab or visit.
      storeFingerprintForResuming: false,
      onProgress: (sent, total) => onProgress?.(total ? sent / total : 0),
      onSuccess: ({ lastResponse }) => {
        const id = lastResponse.getHeader('Document-Id');
        if (id) resolve(id);
        else reject(new Error('El servidor no confirmó el documento. Intente de nuevo.'));
      },
      onError: (err) => {
        const body = (err as { originalResponse?: { getBody(): string } | null }).originalResponse?.getBody();
        let message = 'No fue posible subir el archivo. Revise su conexión e intente de nuevo.';
        try {
          const parsed = body ? (JSON.parse(body) as { errors?: { message?: string }[] }) : null;
          if (parsed?.errors?.[0]?.message) message = parsed.errors[0].message;
        } catch {
          // Not the API's JSON (a proxy's page): the generic message stands.
        }
        reject(new Error(message));
      },
    });
    upload.start();
  });
}
