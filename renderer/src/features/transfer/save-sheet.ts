import { safeFileStem } from '../../../../shared/files/file-names';

const MIME = {
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/**
 * Hands an exported sheet to the user as a download. The browser edition saves downloads
 * where the user's browser does; the desktop app lets Electron ask where (its default for a
 * download). A host call with a native save dialog for sheets would be better there.
 */
export function downloadSheet(stem: string, format: 'csv' | 'xlsx', bytes: Uint8Array): string {
  const name = `${safeFileStem(stem)}.${format}`;
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: MIME[format] }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}
