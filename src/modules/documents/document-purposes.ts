import type { DocumentPurpose } from './document.entity';

const MB = 1024 * 1024;

const PDF = ['application/pdf'];
const IMAGES = ['image/png', 'image/jpeg', 'image/webp', 'image/tiff'];
const OFFICE = [
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/vnd.oasis.opendocument.presentation',
];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** What each purpose accepts: the largest size, and the media types sniffed from the content (never from the name). */
export interface PurposeRule {
  maxBytes: number;
  mediaTypes: readonly string[];
  /** A plain UTF-8 text file (CSV) is accepted: file-type recognises no text format, so it is checked as text. */
  text: boolean;
  /** Spanish, for refusals: what the purpose accepts. */
  accepts: string;
}

export const PURPOSE_RULES: Readonly<Record<DocumentPurpose, PurposeRule>> = {
  ASSESSMENT_EVIDENCE: { maxBytes: 25 * MB, mediaTypes: [...PDF, ...IMAGES, ...OFFICE], text: false, accepts: 'PDF, imágenes u ofimática' },
  ELIGIBILITY_REQUIREMENT: { maxBytes: 20 * MB, mediaTypes: PDF, text: false, accepts: 'PDF' },
  SIGNED_AGREEMENT: { maxBytes: 20 * MB, mediaTypes: PDF, text: false, accepts: 'PDF' },
  PROGRESS_EVIDENCE: { maxBytes: 25 * MB, mediaTypes: [...PDF, ...IMAGES, ...OFFICE], text: false, accepts: 'PDF, imágenes u ofimática' },
  ACCOMPANIMENT_MINUTES: { maxBytes: 20 * MB, mediaTypes: PDF, text: false, accepts: 'PDF' },
  // The plan importer reads at most 2 MB (follow-up's IMPORT_LIMITS.fileBytes): a larger upload could never be imported.
  ACTION_PLAN_FILE: { maxBytes: 2 * MB, mediaTypes: [XLSX], text: true, accepts: 'XLSX o CSV' },
};

/** What each purpose is, for the Spanish messages a person reads. */
export const PURPOSE_LABELS: Readonly<Record<DocumentPurpose, string>> = {
  ASSESSMENT_EVIDENCE: 'una evidencia del autodiagnóstico',
  ELIGIBILITY_REQUIREMENT: 'un requisito habilitante',
  SIGNED_AGREEMENT: 'un convenio firmado',
  PROGRESS_EVIDENCE: 'un anexo de reporte de avance',
  ACCOMPANIMENT_MINUTES: 'un acta de acompañamiento',
  ACTION_PLAN_FILE: 'un archivo de plan de acción',
};

/** The largest upload any purpose accepts: the tus server refuses anything bigger before reading it. */
export const MAX_UPLOAD_BYTES = Math.max(...Object.values(PURPOSE_RULES).map((r) => r.maxBytes));

/** Spanish size for people: "20 MB", "20,5 MB", "300 kB". */
export function sizeText(bytes: number): string {
  if (bytes < MB) return `${Math.ceil(bytes / 1024)} kB`;
  const mb = bytes / MB;
  return `${Number.isInteger(mb) ? mb : mb.toLocaleString('es-CO', { maximumFractionDigits: 1, minimumFractionDigits: 1 })} MB`;
}

/** Why a size is refused, in Spanish. */
export const oversizeReason = (purpose: DocumentPurpose, bytes: number): string =>
  `El archivo (${sizeText(bytes)}) supera el máximo de ${sizeText(PURPOSE_RULES[purpose].maxBytes)} para ${PURPOSE_LABELS[purpose]}.`;
