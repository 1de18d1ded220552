import type { TextEncodingName } from './transfer-schemas';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

/**
 * The text of a CSV file, whatever program wrote it. Excel in Spanish saves "CSV" as
 * Windows-1252 and "CSV UTF-8" with a byte-order mark; LibreOffice and scripts write UTF-8
 * without one; "Unicode text" is UTF-16 with a mark. Bytes that are not valid UTF-8 can only
 * be the Windows code page: in it every byte is a character, so decoding never fails.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  if (startsWith(bytes, [0xff, 0xfe])) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

/** Bytes 0x80-0x9F of Windows-1252 (€, curly quotes, dashes…); the other bytes are their own code points. */
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/**
 * Decoded by hand: Node's TextDecoder('windows-1252') decodes as Latin-1 (it turns € into a
 * control character), while browsers follow the standard; this gives the same text in both.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const chunk = 8192;
  for (let start = 0; start < bytes.length; start += chunk) {
    const codes = Array.from(bytes.subarray(start, start + chunk), (byte) => (byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH[byte - 0x80]! : byte));
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

export function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

/** NUL characters do not occur in text: a file full of them is a binary file (an image, a PDF…). */
export function looksBinary(text: string): boolean {
  const head = text.slice(0, 4096);
  return head.includes('\u0000');
}
