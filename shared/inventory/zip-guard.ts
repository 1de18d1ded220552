import { RumboError, formatBytes } from '../errors';
import { IMPORT_LIMITS } from './limits';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  /** Where the entry's compressed bytes start. */
  dataOffset: number;
}

export interface ZipLimits {
  maxUnpackedBytes: number;
  maxEntries: number;
  maxCompressionRatio: number;
  ratioCheckFromBytes: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

/**
 * Checks an .xlsx (a ZIP archive) before the spreadsheet library unpacks it: the sizes its
 * directory declares must stay under the caps, no entry may be compressed absurdly well, and
 * every entry the library will unpack must really unpack to the size it declares (we inflate
 * it ourselves, stopping as soon as it goes over). A decompression bomb is refused with a
 * message instead of filling the Worker's memory.
 */
export async function assertSafeZip(bytes: Uint8Array, shouldInflate: (name: string) => boolean, limits: ZipLimits = defaultLimits()): Promise<ZipEntry[]> {
  const entries = readDirectory(bytes, limits);
  for (const entry of entries) {
    if (!shouldInflate(entry.name)) continue;
    const actual = await unpackedSize(bytes, entry);
    if (actual !== entry.size) throw unsafe(limits);
  }
  return entries;
}

function defaultLimits(): ZipLimits {
  return {
    maxUnpackedBytes: IMPORT_LIMITS.maxUnpackedBytes,
    maxEntries: IMPORT_LIMITS.maxZipEntries,
    maxCompressionRatio: IMPORT_LIMITS.maxCompressionRatio,
    ratioCheckFromBytes: IMPORT_LIMITS.ratioCheckFromBytes,
  };
}

/** The archive's central directory, checked against the caps. Damaged archives are unreadable. */
export function readDirectory(bytes: Uint8Array, limits: ZipLimits = defaultLimits()): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfDirectory(view);
  const count = view.getUint16(end + 10, true);
  const directoryOffset = view.getUint32(end + 16, true);
  // ZIP64 markers: no spreadsheet under our caps needs them, and they hide the real sizes.
  if (count === 0xffff || directoryOffset === 0xffffffff) throw unsafe(limits);
  if (count > limits.maxEntries) throw unsafe(limits);

  const entries: ZipEntry[] = [];
  let total = 0;
  let at = directoryOffset;
  for (let index = 0; index < count; index++) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== DIRECTORY_ENTRY) throw new RumboError('IMPORT_UNREADABLE');
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localOffset = view.getUint32(at + 42, true);
    if (at + 46 + nameLength > view.byteLength) throw new RumboError('IMPORT_UNREADABLE');
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (size === 0xffffffff || compressedSize === 0xffffffff || localOffset === 0xffffffff) throw unsafe(limits);
    if (method !== STORED && method !== DEFLATED) throw new RumboError('IMPORT_UNREADABLE');
    if (method === STORED && size !== compressedSize) throw new RumboError('IMPORT_UNREADABLE');
    total += size;
    if (total > limits.maxUnpackedBytes) throw unsafe(limits);
    if (size >= limits.ratioCheckFromBytes && size / Math.max(compressedSize, 1) > limits.maxCompressionRatio) throw unsafe(limits);
    entries.push({ name, method, compressedSize, size, dataOffset: dataOffsetOf(view, localOffset, compressedSize) });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function findEndOfDirectory(view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  const lowest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let at = view.byteLength - 22; at >= lowest; at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  }
  throw new RumboError('IMPORT_UNREADABLE');
}

/** The data follows the local header, whose name and extra field may differ from the directory's. */
function dataOffsetOf(view: DataView, localOffset: number, compressedSize: number): number {
  if (localOffset + 30 > view.byteLength || view.getUint32(localOffset, true) !== LOCAL_HEADER) throw new RumboError('IMPORT_UNREADABLE');
  const start = localOffset + 30 + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true);
  if (start + compressedSize > view.byteLength) throw new RumboError('IMPORT_UNREADABLE');
  return start;
}

/** Inflates one entry and counts, giving up one byte past the declared size. */
async function unpackedSize(bytes: Uint8Array, entry: ZipEntry): Promise<number> {
  const data = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  if (entry.method === STORED) return data.length;
  const stream = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  const reader = stream.getReader();
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return total;
      total += value.byteLength;
      if (total > entry.size) {
        await reader.cancel().catch(() => undefined);
        return total;
      }
    }
  } catch {
    throw new RumboError('IMPORT_UNREADABLE');
  }
}

function unsafe(limits: ZipLimits): RumboError {
  return new RumboError('IMPORT_XLSX_UNSAFE', { max: formatBytes(limits.maxUnpackedBytes) });
}
