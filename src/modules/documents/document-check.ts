import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { fileTypeFromBuffer } from 'file-type';

import { oversizeReason, PURPOSE_RULES } from './document-purposes';
import type { DocumentPurpose } from './document.entity';

/** Why a document was refused: a stable code and a Spanish reason for the person who uploaded it. */
export interface Refusal {
  code: 'SIZE' | 'TYPE' | 'VIRUS' | 'EMPTY' | 'INTERRUPTED';
  reason: string;
}

/** What reading the content found: its hash, its sniffed type, and a refusal if it breaks the purpose's rules. */
export interface ContentFacts {
  sha256: string;
  size: number;
  mediaType: string | null;
  refusal: Refusal | null;
}

/** Enough of the head of a file for file-type to recognise every format we accept (office files are zip archives). */
const SNIFF_BYTES = 256 * 1024;

/**
 * Reads a document's content once: SHA-256 over all of it, the type sniffed from its first bytes
 * (file-type; the name and the declared type are never trusted), and the purpose's rules (size,
 * allowed types; a CSV, which has no signature, must be UTF-8 text without control bytes).
 */
export async function inspectContent(content: Readable, purpose: DocumentPurpose): Promise<ContentFacts> {
  const rule = PURPOSE_RULES[purpose];
  const hash = createHash('sha256');
  const head: Buffer[] = [];
  let headBytes = 0;
  let size = 0;
  // A text file is inspected whole (at most the purpose's limit, 2 MB for plan files).
  const whole: Buffer[] | null = rule.text ? [] : null;
  for await (const chunk of content as AsyncIterable<Buffer>) {
    hash.update(chunk);
    size += chunk.length;
    if (headBytes < SNIFF_BYTES) {
      head.push(chunk);
      headBytes += chunk.length;
    }
    whole?.push(chunk);
  }
  const sha256 = hash.digest('hex');
  if (size === 0) return { sha256, size, mediaType: null, refusal: { code: 'EMPTY', reason: 'El archivo está vacío.' } };
  if (size > rule.maxBytes) {
    return {
      sha256,
      size,
      mediaType: null,
      refusal: {
        code: 'SIZE',
        reason: oversizeReason(purpose, size),
      },
    };
  }
  const sniffed = await fileTypeFromBuffer(Buffer.concat(head).subarray(0, SNIFF_BYTES));
  let mediaType = sniffed?.mime ?? null;
  if (!sniffed && whole && isPlainText(Buffer.concat(whole))) mediaType = 'text/csv';
  if (!mediaType || !(rule.mediaTypes.includes(mediaType) || (mediaType === 'text/csv' && rule.text))) {
    const found = mediaType ? `su contenido es ${describe(mediaType)}` : 'no se reconoce el tipo de su contenido';
    return {
      sha256,
      size,
      mediaType,
      refusal: { code: 'TYPE', reason: `El archivo no es válido para este propósito: ${found}, y se admite ${rule.accepts}.` },
    };
  }
  return { sha256, size, mediaType, refusal: null };
}

/** UTF-8 that decodes without loss and holds no control bytes but tabs and line ends. */
function isPlainText(bytes: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  // eslint-disable-next-line no-control-regex -- exactly the control bytes a text file must not hold
  return !/[\x00-\x08\x0b\x0c\x0e-\x1f]/.test(bytes.toString('latin1'));
}

const NAMES: Record<string, string> = {
  'application/x-msdownload': 'un ejecutable de Windows',
  'application/x-elf': 'un ejecutable',
  'application/x-mach-binary': 'un ejecutable',
  'application/zip': 'un archivo comprimido ZIP',
  'application/pdf': 'un PDF',
  'text/csv': 'texto',
};
const describe = (mediaType: string) => NAMES[mediaType] ?? `de tipo ${mediaType}`;

/** The SHA-256 of a buffer (tests and demo data). */
export const sha256Of = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');
