import { crc32, inflateRawSync } from 'node:zlib';

/**
 * The zip container of an XLSX, read with bounds before any spreadsheet library sees it. exceljs
 * (through JSZip) inflates every entry of a zip whole, with no limit, so a 78 kB file that inflates
 * to 60 MB costs a second of CPU and its memory. Here the central directory is read first (entry
 * count, declared sizes), then each entry is inflated with a cap on what it may produce (zlib stops
 * as soon as the output passes it, whatever the directory declared), and the entries are handed on
 * as a new zip that only stores them, so the library reads exactly the bytes that were bounded.
 */

export interface ArchiveLimits {
  maxEntries: number;
  /** The most all entries together may inflate to. */
  maxInflatedBytes: number;
}

/** Why a zip was not read: too large (`code`), or not readable as a workbook (no code, as before bounds existed). */
export interface ArchiveRefusal {
  code?: 'ARCHIVE_TOO_LARGE';
  message: string;
}

export type Archive = { entries: Map<string, Buffer> } | { refusal: ArchiveRefusal };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

const invalid = (detail?: string): { refusal: ArchiveRefusal } => ({
  refusal: { message: `el archivo no es un libro de Excel (.xlsx) legible${detail ? ` (${detail})` : ''}` },
});

const tooLarge = (limits: ArchiveLimits): { refusal: ArchiveRefusal } => ({
  refusal: {
    code: 'ARCHIVE_TOO_LARGE',
    message: `el libro descomprimido pasa de ${Math.round(limits.maxInflatedBytes / (1024 * 1024))} MB; guarde solo la hoja del plan en un libro nuevo`,
  },
});

/** The entries of a zip (name → inflated bytes), or why they were not read. Zip64 and encrypted entries are refused. */
export function readArchive(data: Buffer, limits: ArchiveLimits): Archive {
  // The end-of-central-directory record is in the last 64 kB + 22 bytes; the last one found wins (as JSZip does).
  let end = -1;
  for (let i = data.length - 22; i >= Math.max(0, data.length - 22 - 0xffff); i--) {
    if (data.readUInt32LE(i) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) return invalid();
  const count = data.readUInt16LE(end + 10);
  const directorySize = data.readUInt32LE(end + 12);
  const directoryStart = data.readUInt32LE(end + 16);
  if (count === 0xffff || directoryStart === 0xffffffff) return invalid('zip64');
  if (count > limits.maxEntries) return tooLarge(limits);
  if (directoryStart + directorySize > end) return invalid();

  const listed: { name: string; method: number; compressed: number; offset: number }[] = [];
  let declared = 0;
  let at = directoryStart;
  for (let n = 0; n < count; n++) {
    if (at + 46 > end || data.readUInt32LE(at) !== CENTRAL) return invalid();
    const flags = data.readUInt16LE(at + 8);
    const method = data.readUInt16LE(at + 10);
    const compressed = data.readUInt32LE(at + 20);
    const size = data.readUInt32LE(at + 24);
    const nameLength = data.readUInt16LE(at + 28);
    const extraLength = data.readUInt16LE(at + 30);
    const commentLength = data.readUInt16LE(at + 32);
    const offset = data.readUInt32LE(at + 42);
    if (flags & 1) return invalid('cifrado');
    if (method !== 0 && method !== 8) return invalid('compresión desconocida');
    if (compressed === 0xffffffff || size === 0xffffffff || offset === 0xffffffff) return invalid('zip64');
    declared += size;
    if (declared > limits.maxInflatedBytes) return tooLarge(limits);
    listed.push({ name: data.toString('utf8', at + 46, at + 46 + nameLength), method, compressed, offset });
    at += 46 + nameLength + extraLength + commentLength;
  }

  const entries = new Map<string, Buffer>();
  let inflated = 0;
  for (const e of listed) {
    if (e.offset + 30 > data.length || data.readUInt32LE(e.offset) !== LOCAL) return invalid();
    const start = e.offset + 30 + data.readUInt16LE(e.offset + 26) + data.readUInt16LE(e.offset + 28);
    if (start + e.compressed > data.length) return invalid();
    const raw = data.subarray(start, start + e.compressed);
    const budget = limits.maxInflatedBytes - inflated;
    let bytes: Buffer;
    if (e.method === 0) bytes = raw;
    else {
      try {
        // zlib stops as soon as the output passes the budget (ERR_BUFFER_TOO_LARGE), whatever the directory declared.
        bytes = inflateRawSync(raw, { maxOutputLength: Math.max(1, budget) });
      } catch (err) {
        if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return tooLarge(limits);
        return invalid();
      }
    }
    inflated += bytes.length;
    if (inflated > limits.maxInflatedBytes) return tooLarge(limits);
    if (!e.name.endsWith('/')) entries.set(e.name.replace(/^\//, ''), bytes);
  }
  return { entries };
}

/** A zip that stores `entries` as they are (no compression): what the spreadsheet library is handed. */
export function storedZip(entries: ReadonlyMap<string, Buffer>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, bytes] of entries) {
    const fileName = Buffer.from(name, 'utf8');
    const crc = crc32(bytes) >>> 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(bytes.length, 18);
    local.writeUInt32LE(bytes.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(CENTRAL, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(bytes.length, 20);
    central.writeUInt32LE(bytes.length, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, bytes);
    centrals.push(central, fileName);
    offset += 30 + fileName.length + bytes.length;
  }
  const directory = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(EOCD, 0);
  eocd.writeUInt16LE(entries.size, 8);
  eocd.writeUInt16LE(entries.size, 10);
  eocd.writeUInt32LE(directory.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, eocd]);
}
