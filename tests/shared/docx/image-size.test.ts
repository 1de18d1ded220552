import { describe, expect, it } from 'vitest';
import { fitWithin, readImageInfo } from '../../../shared/docx/image-size';
import { jpegHeader, makePng } from './images';

describe('readImageInfo', () => {
  it('reads the size of a PNG from its IHDR chunk', () => {
    expect(readImageInfo(makePng(400, 160))).toEqual({ kind: 'png', width: 400, height: 160 });
  });

  it('reads the size of baseline and progressive JPEGs from their frame header', () => {
    expect(readImageInfo(jpegHeader(1200, 675))).toEqual({ kind: 'jpg', width: 1200, height: 675 });
    expect(readImageInfo(jpegHeader(300, 90, 0xc2))).toEqual({ kind: 'jpg', width: 300, height: 90 });
  });

  it('does not take a Huffman table (C4) for a frame header', () => {
    expect(readImageInfo(jpegHeader(10, 10, 0xc4))).toBeNull();
  });

  it('refuses truncated, zero-sized and foreign bytes', () => {
    const png = makePng(20, 10);
    expect(readImageInfo(png.subarray(0, 20))).toBeNull();
    expect(readImageInfo(jpegHeader(640, 480).subarray(0, 30))).toBeNull();
    expect(readImageInfo(jpegHeader(0, 480))).toBeNull();
    const zeroWidth = png.slice();
    zeroWidth.set([0, 0, 0, 0], 16);
    expect(readImageInfo(zeroWidth)).toBeNull();
    expect(readImageInfo(new TextEncoder().encode('GIF89a......'))).toBeNull();
    expect(readImageInfo(new Uint8Array())).toBeNull();
  });

  it('stops at a segment length that runs off the end, or at scan data before any frame', () => {
    expect(readImageInfo(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0xff, 0xff]))).toBeNull();
    expect(readImageInfo(new Uint8Array([0xff, 0xd8, 0xff, 0xda, 0x00, 0x08, 1, 2, 3, 4, 5, 6]))).toBeNull();
    expect(readImageInfo(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x01]))).toBeNull();
  });
});

describe('fitWithin', () => {
  const box = { width: 246, height: 132 };

  it('keeps the aspect ratio of a wide and of a tall logo', () => {
    expect(fitWithin({ width: 1000, height: 400 }, box)).toEqual({ width: 246, height: 98 });
    expect(fitWithin({ width: 300, height: 900 }, box)).toEqual({ width: 44, height: 132 });
  });

  it('enlarges a small logo at most twice', () => {
    expect(fitWithin({ width: 40, height: 20 }, box)).toEqual({ width: 80, height: 40 });
  });

  it('never answers a zero size, even for an absurd aspect ratio', () => {
    expect(fitWithin({ width: 100_000, height: 1 }, box)).toEqual({ width: 246, height: 1 });
  });
});
