/**
 * How wide a line of text is drawn in DejaVu Sans, the font the charts are drawn with (bundled
 * with the rasterizer, so the same in every host). The engine cannot read the font itself (it runs
 * where there is no file system), so the advance widths of the characters Spanish, Catalan,
 * Galician, Basque and English use are kept here, in 1/2048 em, as read from DejaVu Sans 2.37
 * (tests/shared/docx/charts/text-metrics.test.ts checks them against the font files). Anything
 * else counts as a full em: too wide is a label cut a little early, too narrow one drawn over a bar.
 */

const UNITS_PER_EM = 2048;
const UNKNOWN_WIDTH = UNITS_PER_EM;
/** The table's two runs of code points: printable ASCII, then Latin-1 Supplement and Latin Extended-A. */
export const MEASURED_RANGES = [
  [0x20, 0x7e],
  [0xa0, 0x17f],
] as const;

interface FontWidths {
  /** One width per code point of MEASURED_RANGES, in order. */
  latin: readonly number[];
  /** Punctuation and symbols outside those ranges that labels and amounts use. */
  other: Readonly<Record<number, number>>;
}

export const DEJAVU_SANS_WIDTHS: Record<'regular' | 'bold', FontWidths> = {
  regular: {
    latin: [
      651, 821, 942, 1716, 1303, 1946, 1597, 563, 799, 799, 1024, 1716, 651, 739, 651, 690, 1303, 1303, 1303, 1303,
      1303, 1303, 1303, 1303, 1303, 1303, 690, 690, 1716, 1716, 1716, 1087, 2048, 1401, 1405, 1430, 1577, 1294, 1178, 1587,
      1540, 604, 604, 1343, 1141, 1767, 1532, 1612, 1235, 1612, 1423, 1300, 1251, 1499, 1401, 2025, 1403, 1251, 1403, 799,
      690, 799, 1716, 1024, 1024, 1255, 1300, 1126, 1300, 1260, 721, 1300, 1298, 569, 569, 1186, 569, 1995, 1298, 1253,
      1300, 1300, 842, 1067, 803, 1298, 1212, 1675, 1212, 1212, 1075, 1303, 690, 1303, 1716, 651, 821, 1303, 1303, 1303,
      1303, 690, 1024, 1024, 2048, 965, 1253, 1716, 739, 2048, 1024, 1024, 1716, 821, 821, 1024, 1303, 1303, 651, 1024,
      821, 965, 1253, 1985, 1985, 1985, 1087, 1401, 1401, 1401, 1401, 1401, 1401, 1995, 1430, 1294, 1294, 1294, 1294, 604,
      604, 604, 604, 1587, 1532, 1612, 1612, 1612, 1612, 1612, 1716, 1612, 1499, 1499, 1499, 1499, 1251, 1239, 1290, 1255,
      1255, 1255, 1255, 1255, 1255, 2011, 1126, 1260, 1260, 1260, 1260, 569, 569, 569, 569, 1253, 1298, 1253, 1253, 1253,
      1253, 1253, 1716, 1253, 1298, 1298, 1298, 1298, 1212, 1300, 1212, 1401, 1255, 1401, 1255, 1401, 1255, 1430, 1126, 1430,
      1126, 1430, 1126, 1430, 1126, 1577, 1300, 1587, 1300, 1294, 1260, 1294, 1260, 1294, 1260, 1294, 1260, 1294, 1260, 1587,
      1300, 1587, 1300, 1587, 1300, 1587, 1300, 1540, 1298, 1876, 1423, 604, 569, 604, 569, 604, 569, 604, 569, 604,
      569, 1208, 1138, 604, 569, 1343, 1186, 1186, 1141, 569, 1141, 569, 1141, 768, 1141, 700, 1151, 582, 1532, 1298,
      1532, 1298, 1532, 1298, 1666, 1532, 1298, 1612, 1253, 1612, 1253, 1612, 1253, 2191, 2095, 1423, 842, 1423, 842, 1423,
      842, 1300, 1067, 1300, 1067, 1300, 1067, 1300, 1067, 1251, 803, 1251, 803, 1251, 803, 1499, 1298, 1499, 1298, 1499,
      1298, 1499, 1298, 1499, 1298, 1499, 1298, 2025, 1675, 1251, 1212, 1251, 1403, 1075, 1403, 1075, 1403, 1075, 721,
    ],
    other: { 0x2013: 1024, 0x2014: 2048, 0x2018: 651, 0x2019: 651, 0x201c: 1061, 0x201d: 1061, 0x2022: 1208, 0x2026: 2048, 0x20ac: 1303 },
  },
  bold: {
    latin: [
      713, 934, 1067, 1716, 1425, 2052, 1786, 627, 936, 936, 1071, 1716, 778, 850, 778, 748, 1425, 1425, 1425, 1425,
      1425, 1425, 1425, 1425, 1425, 1425, 819, 819, 1716, 1716, 1716, 1188, 2048, 1585, 1561, 1503, 1700, 1399, 1399, 1681,
      1714, 762, 762, 1587, 1305, 2038, 1714, 1741, 1501, 1741, 1577, 1475, 1397, 1663, 1585, 2259, 1579, 1483, 1485, 936,
      748, 936, 1716, 1024, 1024, 1382, 1466, 1214, 1466, 1389, 891, 1466, 1458, 702, 702, 1362, 702, 2134, 1458, 1407,
      1466, 1466, 1010, 1219, 979, 1458, 1335, 1892, 1321, 1335, 1192, 1458, 748, 1458, 1716, 713, 934, 1425, 1425, 1303,
      1425, 748, 1024, 1024, 2048, 1155, 1323, 1716, 850, 2048, 1024, 1024, 1716, 897, 897, 1024, 1507, 1303, 778, 1024,
      897, 1155, 1323, 2120, 2120, 2120, 1188, 1585, 1585, 1585, 1585, 1585, 1585, 2222, 1503, 1399, 1399, 1399, 1399, 762,
      762, 762, 762, 1716, 1714, 1741, 1741, 1741, 1741, 1741, 1716, 1741, 1663, 1663, 1663, 1663, 1483, 1511, 1473, 1382,
      1382, 1382, 1382, 1382, 1382, 2146, 1214, 1389, 1389, 1389, 1389, 702, 702, 702, 702, 1407, 1458, 1407, 1407, 1407,
      1407, 1407, 1716, 1407, 1458, 1458, 1458, 1458, 1335, 1466, 1335, 1585, 1382, 1585, 1382, 1585, 1382, 1503, 1214, 1503,
      1214, 1503, 1214, 1503, 1214, 1700, 1466, 1716, 1466, 1399, 1389, 1399, 1389, 1399, 1389, 1399, 1389, 1399, 1389, 1681,
      1466, 1681, 1466, 1681, 1466, 1681, 1466, 1714, 1458, 1994, 1618, 762, 702, 762, 702, 762, 702, 762, 702, 762,
      702, 1524, 1404, 762, 702, 1587, 1362, 1362, 1305, 702, 1305, 702, 1305, 982, 1305, 1140, 1315, 760, 1714, 1458,
      1714, 1458, 1714, 1458, 2013, 1714, 1458, 1741, 1407, 1741, 1407, 1741, 1407, 2390, 2241, 1577, 1010, 1577, 1010, 1577,
      1010, 1475, 1219, 1475, 1219, 1475, 1219, 1475, 1219, 1397, 979, 1397, 979, 1397, 979, 1663, 1458, 1663, 1458, 1663,
      1458, 1663, 1458, 1663, 1458, 1663, 1458, 2259, 1892, 1483, 1335, 1483, 1485, 1192, 1485, 1192, 1485, 1192, 891,
    ],
    other: { 0x2013: 1024, 0x2014: 2048, 0x2018: 778, 0x2019: 778, 0x201c: 1346, 0x201d: 1346, 0x2022: 1309, 0x2026: 2048, 0x20ac: 1425 },
  },
};

const [ASCII, LATIN] = MEASURED_RANGES;
const ASCII_COUNT = ASCII[1] - ASCII[0] + 1;

function advance(font: FontWidths, codePoint: number): number {
  if (codePoint >= ASCII[0] && codePoint <= ASCII[1]) return font.latin[codePoint - ASCII[0]] ?? UNKNOWN_WIDTH;
  if (codePoint >= LATIN[0] && codePoint <= LATIN[1]) return font.latin[ASCII_COUNT + codePoint - LATIN[0]] ?? UNKNOWN_WIDTH;
  return font.other[codePoint] ?? UNKNOWN_WIDTH;
}

export type FontWeight = 'regular' | 'bold';

/** The width of `text` set at `fontSize` (in the drawing's units). */
export function textWidth(text: string, fontSize: number, weight: FontWeight = 'regular'): number {
  const font = DEJAVU_SANS_WIDTHS[weight];
  let units = 0;
  for (const character of text) units += advance(font, character.codePointAt(0)!);
  return (units * fontSize) / UNITS_PER_EM;
}

const ELLIPSIS = '…';

/** `text` as it fits in `maxWidth`: whole, or cut at a character with an ellipsis after it. */
export function fitText(text: string, maxWidth: number, fontSize: number, weight: FontWeight = 'regular'): string {
  if (textWidth(text, fontSize, weight) <= maxWidth) return text;
  return `${fittingStart(text, maxWidth - textWidth(ELLIPSIS, fontSize, weight), fontSize, weight).trimEnd()}${ELLIPSIS}`;
}

/**
 * `text` broken into at most `maxLines` lines of `maxWidth`, at spaces where it can be (a word
 * wider than a line is cut), the last line ending in an ellipsis if text is left over.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines: number, weight: FontWeight = 'regular'): string[] {
  const lines: string[] = [];
  let rest = text.trim();
  while (rest !== '' && lines.length < maxLines - 1 && textWidth(rest, fontSize, weight) > maxWidth) {
    const line = lineStart(rest, maxWidth, fontSize, weight);
    lines.push(line.trimEnd());
    rest = rest.slice(line.length).trimStart();
  }
  if (rest !== '') lines.push(fitText(rest, maxWidth, fontSize, weight));
  return lines;
}

/** The longest start of `text` that fits in `room`, by code point (an emoji is never split in half). */
function fittingStart(text: string, room: number, fontSize: number, weight: FontWeight): string {
  const font = DEJAVU_SANS_WIDTHS[weight];
  let used = 0;
  let kept = '';
  for (const character of text) {
    used += (advance(font, character.codePointAt(0)!) * fontSize) / UNITS_PER_EM;
    if (used > room) break;
    kept += character;
  }
  return kept;
}

/** What goes on a line: the start that fits, back to its last space if it ends inside a word; never nothing. */
function lineStart(text: string, maxWidth: number, fontSize: number, weight: FontWeight): string {
  const fits = fittingStart(text, maxWidth, fontSize, weight);
  if (fits === '') return String.fromCodePoint(text.codePointAt(0)!);
  const space = fits.lastIndexOf(' ');
  return space > 0 && fits.length < text.length && text[fits.length] !== ' ' ? fits.slice(0, space + 1) : fits;
}
