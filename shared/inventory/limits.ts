/**
 * Caps on what an imported sheet may be. A spreadsheet of a public body's accounts is a few
 * hundred rows; these leave ample room while keeping a mistaken (or hostile) file from
 * filling the memory of the engine's Worker.
 */
export const IMPORT_LIMITS = {
  /** Size of the file as chosen by the user. */
  maxFileBytes: 10 * 1024 * 1024,
  /** Data rows (title rows not counted). */
  maxRows: 20_000,
  maxColumns: 200,
  /** Longer than the longest field an account has (its notes). */
  maxCellChars: 10_000,
  /** .xlsx: everything inside the ZIP once unpacked. */
  maxUnpackedBytes: 50 * 1024 * 1024,
  maxZipEntries: 1_000,
  /** .xlsx: sheet XML compresses 10-20 times; far beyond that is a decompression bomb. */
  maxCompressionRatio: 200,
  /** The ratio is only judged on entries this large: tiny entries have meaningless ratios. */
  ratioCheckFromBytes: 1024 * 1024,
  /** What the preview shows of a cell; the import itself uses the whole cell. */
  previewCellChars: 160,
} as const;
