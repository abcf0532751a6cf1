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
  ACTION_PLAN_FILE: { maxBytes: 5 * MB, mediaTypes: [XLSX], text: true, accepts: 'XLSX o CSV' },
};

/** The largest upload any purpose accepts: the tus server refuses anything bigger before reading it. */
export const MAX_UPLOAD_BYTES = Math.max(...Object.values(PURPOSE_RULES).map((r) => r.maxBytes));

/** Spanish size for people: "20 MB". */
export const sizeText = (bytes: number): string => (bytes >= MB ? `${Math.round(bytes / MB)} MB` : `${Math.ceil(bytes / 1024)} kB`);
