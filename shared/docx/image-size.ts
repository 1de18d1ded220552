/** Width and height of an image in pixels. */
export interface PixelSize {
  width: number;
  height: number;
}

export type ImageKind = 'png' | 'jpg';

/** What an image is and how big it is, read from its own bytes; null when they do not say. */
export interface ImageInfo extends PixelSize {
  kind: ImageKind;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * The image's kind and pixel size from the PNG IHDR chunk or the JPEG frame header (SOFn).
 * The logo comes from the plan file, so nothing here trusts the declared MIME type or lengths.
 */
export function readImageInfo(bytes: Uint8Array): ImageInfo | null {
  const size = readPngSize(bytes);
  if (size) return { kind: 'png', ...size };
  const jpeg = readJpegSize(bytes);
  return jpeg ? { kind: 'jpg', ...jpeg } : null;
}

function readPngSize(bytes: Uint8Array): PixelSize | null {
  if (bytes.length < 24 || PNG_SIGNATURE.some((byte, i) => bytes[i] !== byte)) return null;
  // The first chunk must be IHDR: length (4 bytes), "IHDR", width, height.
  if (String.fromCharCode(bytes[12]!, bytes[13]!, bytes[14]!, bytes[15]!) !== 'IHDR') return null;
  return positive({ width: uint32(bytes, 16), height: uint32(bytes, 20) });
}

// Start-of-frame markers carry the size; C4 (DHT), C8 (JPG) and CC (DAC) share the range but do not.
const SOF_MARKERS = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

function readJpegSize(bytes: Uint8Array): PixelSize | null {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  let at = 2;
  while (at < bytes.length) {
    if (bytes[at] !== 0xff) return null;
    while (bytes[at] === 0xff) at += 1; // fill bytes
    const marker = bytes[at];
    at += 1;
    if (marker === undefined) return null;
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd8)) continue; // markers without a length
    if (marker === 0xd9 || marker === 0xda) return null; // end of image, or scan data before any frame
    if (at + 2 > bytes.length) return null;
    const length = uint16(bytes, at);
    if (length < 2) return null;
    if (SOF_MARKERS.has(marker)) {
      if (at + 7 > bytes.length) return null;
      // length (2), sample precision (1), height (2), width (2)
      return positive({ height: uint16(bytes, at + 3), width: uint16(bytes, at + 5) });
    }
    at += length;
  }
  return null;
}

function positive(size: PixelSize): PixelSize | null {
  return size.width > 0 && size.height > 0 ? size : null;
}

function uint16(bytes: Uint8Array, at: number): number {
  return (bytes[at]! << 8) | bytes[at + 1]!;
}

function uint32(bytes: Uint8Array, at: number): number {
  return ((bytes[at]! << 24) >>> 0) + (bytes[at + 1]! << 16) + (bytes[at + 2]! << 8) + bytes[at + 3]!;
}

/**
 * The largest size with the image's aspect ratio that fits the box, enlarging a small image at
 * most `maxEnlarge` times (a tiny icon blown up to fill the box looks broken). Never below 1 px.
 */
export function fitWithin(size: PixelSize, box: PixelSize, maxEnlarge = 2): PixelSize {
  const scale = Math.min(box.width / size.width, box.height / size.height, maxEnlarge);
  return {
    width: Math.max(1, Math.round(size.width * scale)),
    height: Math.max(1, Math.round(size.height * scale)),
  };
}
