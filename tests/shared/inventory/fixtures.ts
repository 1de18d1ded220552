import { crc32, deflateRawSync } from 'node:zlib';
import writeXlsxFile, { type SheetData } from 'write-excel-file/universal';
import { PlanEngine } from '../../../shared/engine/engine';
import { loadSqlJsForNode } from '../../../electron/node/sqljs';

/** A real engine with a fresh, empty plan. */
export async function freshEngine(lang: 'es' | 'en' = 'es'): Promise<PlanEngine> {
  const engine = new PlanEngine({ SQL: await loadSqlJsForNode(), author: 'Prueba', lang });
  await engine.call('plan.create', { institutionName: 'Ayuntamiento de Pruebas' });
  return engine;
}

export const utf8 = (text: string) => new TextEncoder().encode(text);
export const utf8Bom = (text: string) => new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]);

/** Windows-1252, as Excel in Spanish saves "CSV (delimitado por comas)". */
export function windows1252(text: string): Uint8Array {
  const special: Record<string, number> = { '€': 0x80, '‚': 0x82, '„': 0x84, '…': 0x85, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97 };
  return new Uint8Array(
    [...text].map((char) => {
      const code = char.codePointAt(0)!;
      if (special[char] !== undefined) return special[char]!;
      if (code > 0xff || (code >= 0x80 && code < 0xa0)) throw new Error(`not in Windows-1252: ${char}`);
      return code;
    }),
  );
}

export function utf16le(text: string): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set([0xff, 0xfe]);
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    bytes[2 + index * 2] = code & 0xff;
    bytes[3 + index * 2] = code >> 8;
  }
  return bytes;
}

/** An .xlsx made by write-excel-file, the maintained library Rumbo writes with. */
export async function xlsxOf(sheets: { name: string; rows: (string | number | boolean | Date | null)[][] }[]): Promise<Uint8Array> {
  const data = sheets.map((sheet) => ({
    sheet: sheet.name,
    data: sheet.rows.map((row) => row.map((value) => (value === null ? null : value instanceof Date ? { value, format: 'dd/mm/yyyy' } : { value }))) as SheetData,
  }));
  const blob = await writeXlsxFile(data).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}

export interface ZipEntrySpec {
  name: string;
  data: Uint8Array;
  /** Lie in the directory about the unpacked size. */
  declaredSize?: number;
  stored?: boolean;
}

/**
 * A ZIP archive written by hand, so that tests can build what no honest program writes:
 * decompression bombs, entries that lie about their size, ZIP64 markers.
 */
export function zipOf(entries: ZipEntrySpec[], options: { zip64Marker?: boolean } = {}): Uint8Array {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const compressed = entry.stored ? Buffer.from(entry.data) : deflateRawSync(entry.data);
    const size = entry.declaredSize ?? entry.data.length;
    const crc = crc32(entry.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(entry.stored ? 0 : 8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, compressed);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(entry.stored ? 0 : 8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    directory.push(central, name);
    offset += 30 + name.length + compressed.length;
  }
  const directoryBytes = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(options.zip64Marker ? 0xffff : entries.length, 10);
  end.writeUInt32LE(directoryBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directoryBytes, end]));
}
