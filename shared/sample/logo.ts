import type { RgbaImage } from './png';

type Colour = readonly [number, number, number];

const GOLD: Colour = [201, 162, 39];
const GULES: Colour = [150, 28, 48];
const SILVER: Colour = [246, 246, 242];
const AZURE: Colour = [31, 95, 168];
const MASONRY: Colour = [92, 60, 20];

export const LOGO_WIDTH = 192;
export const LOGO_HEIGHT = 232;
const SUPERSAMPLING = 4;

/** Spanish-style shield: square top, round bottom; `inset` gives the inner field inside the border. */
function inShield(x: number, y: number, inset: number): boolean {
  const left = 16 + inset;
  const right = 176 - inset;
  const top = 36 + inset;
  const radius = 80 - inset;
  if (x < left || x > right || y < top) return false;
  return y <= 128 || (x - 96) ** 2 + (y - 128) ** 2 <= radius ** 2;
}

function inBox(x: number, y: number, left: number, top: number, right: number, bottom: number): boolean {
  return x >= left && x <= right && y >= top && y <= bottom;
}

/** A tower with merlons (three teeth) on top. */
function inTower(x: number, y: number, left: number, right: number, top: number, bottom: number): boolean {
  if (inBox(x, y, left, top, right, bottom)) return true;
  const tooth = (right - left) / 5;
  const column = Math.floor((x - left) / tooth);
  return inBox(x, y, left, top - 7, right, top) && column % 2 === 0;
}

function inCastle(x: number, y: number): boolean {
  return (
    inBox(x, y, 66, 76, 126, 112) ||
    inTower(x, y, 60, 82, 58, 112) ||
    inTower(x, y, 84, 108, 48, 112) ||
    inTower(x, y, 110, 132, 58, 112)
  );
}

/** Door and windows of the castle, in the field's colour so they read as openings. */
function inOpening(x: number, y: number): boolean {
  const door = inBox(x, y, 90, 96, 102, 112) || (x - 96) ** 2 + (y - 96) ** 2 <= 36;
  const windows = inBox(x, y, 69, 72, 73, 82) || inBox(x, y, 94, 62, 98, 72) || inBox(x, y, 119, 72, 123, 82);
  return door || windows;
}

/** Three wavy bands: the river of the town's name. */
function inRiver(x: number, y: number): boolean {
  for (let band = 0; band < 3; band++) {
    const centre = 142 + band * 22 + 4 * Math.sin(x / 9);
    if (Math.abs(y - centre) < 4.5) return true;
  }
  return false;
}

/** A mural crown: a gold band with five towers' worth of teeth above the shield. */
function inCrown(x: number, y: number): boolean {
  if (inBox(x, y, 52, 20, 140, 30)) return true;
  const column = Math.floor((x - 52) / 8.8);
  return inBox(x, y, 52, 10, 140, 20) && column % 2 === 0;
}

function paint(x: number, y: number): Colour | null {
  if (inCrown(x, y)) return GOLD;
  if (!inShield(x, y, 0)) return null;
  if (!inShield(x, y, 7)) return GOLD;
  if (y < 124) {
    if (inCastle(x, y)) return inOpening(x, y) ? AZURE : inBox(x, y, 60, 109, 132, 112) ? MASONRY : GOLD;
    return GULES;
  }
  return inRiver(x, y) ? AZURE : SILVER;
}

/**
 * The fictional town's coat of arms (a castle over a river, under a mural crown), drawn
 * from shapes and smoothed by supersampling. It is content of the sample plan, made by us.
 */
export function drawSampleLogo(): RgbaImage {
  const rgba = new Uint8Array(LOGO_WIDTH * LOGO_HEIGHT * 4);
  const samples = SUPERSAMPLING * SUPERSAMPLING;
  for (let py = 0; py < LOGO_HEIGHT; py++) {
    for (let px = 0; px < LOGO_WIDTH; px++) {
      let red = 0;
      let green = 0;
      let blue = 0;
      let covered = 0;
      for (let sy = 0; sy < SUPERSAMPLING; sy++) {
        for (let sx = 0; sx < SUPERSAMPLING; sx++) {
          const colour = paint(px + (sx + 0.5) / SUPERSAMPLING, py + (sy + 0.5) / SUPERSAMPLING);
          if (!colour) continue;
          red += colour[0];
          green += colour[1];
          blue += colour[2];
          covered++;
        }
      }
      const at = (py * LOGO_WIDTH + px) * 4;
      if (covered === 0) continue;
      rgba[at] = Math.round(red / covered);
      rgba[at + 1] = Math.round(green / covered);
      rgba[at + 2] = Math.round(blue / covered);
      rgba[at + 3] = Math.round((255 * covered) / samples);
    }
  }
  return { width: LOGO_WIDTH, height: LOGO_HEIGHT, rgba };
}
