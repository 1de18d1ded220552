import { inflateSync, deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { LOGO_HEIGHT, LOGO_WIDTH, crc32, drawSampleLogo, encodePng } from '../../../shared/sample';

interface Chunk {
  type: string;
  data: Uint8Array;
}

/** Splits a PNG into chunks, checking every CRC on the way. */
function chunksOf(png: Uint8Array): Chunk[] {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const chunks: Chunk[] = [];
  for (let offset = 8; offset < png.length; ) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...png.subarray(offset + 4, offset + 8));
    const data = png.subarray(offset + 8, offset + 8 + length);
    expect(view.getUint32(offset + 8 + length), `CRC of ${type}`).toBe(crc32(png.subarray(offset + 4, offset + 8 + length)));
    chunks.push({ type, data });
    offset += 12 + length;
  }
  return chunks;
}

/** Undoes the "up" filter the encoder uses, giving back the RGBA rows. */
function unfilter(raw: Uint8Array, width: number, height: number): Uint8Array {
  const stride = width * 4;
  const out = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    if (raw[y * (stride + 1)] !== 2) throw new Error(`row ${y}: filter ${raw[y * (stride + 1)]}`);
    for (let i = 0; i < stride; i++) {
      const above = y > 0 ? out[(y - 1) * stride + i]! : 0;
      out[y * stride + i] = (raw[y * (stride + 1) + 1 + i]! + above) & 0xff;
    }
  }
  return out;
}

describe('the PNG encoder of the sample logo', () => {
  it('matches the standard CRC-32', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it('round-trips the pixels through a standard PNG layout', () => {
    const image = drawSampleLogo();
    const png = encodePng(image, (bytes) => deflateSync(bytes));
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const chunks = chunksOf(png);
    expect(chunks.map((chunk) => chunk.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    const header = new DataView(chunks[0]!.data.buffer, chunks[0]!.data.byteOffset, 13);
    expect([header.getUint32(0), header.getUint32(4), header.getUint8(8), header.getUint8(9)]).toEqual([LOGO_WIDTH, LOGO_HEIGHT, 8, 6]);
    const pixels = unfilter(new Uint8Array(inflateSync(chunks[1]!.data)), LOGO_WIDTH, LOGO_HEIGHT);
    expect(Buffer.from(pixels).equals(Buffer.from(image.rgba))).toBe(true);
  });

  it('draws a logo with a transparent background and an opaque shield', () => {
    const { rgba } = drawSampleLogo();
    const alphaAt = (x: number, y: number) => rgba[(y * LOGO_WIDTH + x) * 4 + 3];
    expect(alphaAt(0, 0)).toBe(0);
    expect(alphaAt(LOGO_WIDTH / 2, LOGO_HEIGHT / 2)).toBe(255);
  });

  it('refuses pixels that do not fit the stated size', () => {
    expect(() => encodePng({ width: 2, height: 2, rgba: new Uint8Array(15) }, deflateSync)).toThrow();
  });
});
