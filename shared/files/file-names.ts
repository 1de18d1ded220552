/**
 * File names Rumbo proposes (plans, documents, sheets), safe on Windows — where most of our
 * users are — and on any disk or mail attachment the file may travel through. One rule for
 * every host: the renderer proposes names, the desktop main process re-checks them.
 */

// Characters Windows refuses in a file name, and the control characters no system wants.
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;
// Names Windows reserves for devices, whatever the extension.
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
/** Room for the folder path within Windows' classic 260-character limit. */
const MAX_STEM = 150;

/** A file name without extension; `fallback` when nothing usable is left. */
export function safeFileStem(text: string, fallback = 'Plan'): string {
  let stem = text.normalize('NFC').replace(FORBIDDEN, ' ').replace(/\s+/g, ' ').trim();
  if (stem.length > MAX_STEM) stem = [...stem].slice(0, MAX_STEM).join('');
  // Windows drops trailing dots and spaces silently, so the name saved would differ from the one shown.
  stem = stem.replace(/[. ]+$/, '');
  if (stem === '') return fallback;
  return RESERVED.test(stem) ? `${fallback} ${stem}` : stem;
}

/** Some save dialogs (GTK) do not add the filter's extension: add it unless it is there. */
export function withExtension(fileName: string, extension: string): string {
  return fileName.toLowerCase().endsWith(extension.toLowerCase()) ? fileName : `${fileName}${extension}`;
}

/** "<institution> - <plan title>.rumbo". */
export function planFileName(parts: { institution: string; title: string }): string {
  return `${joinedStem([parts.institution, parts.title])}.rumbo`;
}

/** "<institution> - <plan title> - v<version>.docx", as the document is filed for approval. */
export function documentFileName(parts: { institution: string; title: string; version: string }): string {
  return `${joinedStem([parts.institution, parts.title, parts.version.trim() ? `v${parts.version.trim()}` : ''])}.docx`;
}

function joinedStem(pieces: readonly string[]): string {
  return safeFileStem(
    pieces
      .map((piece) => piece.replace(FORBIDDEN, ' ').trim())
      .filter((piece) => piece !== '')
      .join(' - '),
  );
}

/** "<institution> - <plan title> - [<unit> - ]v<revision> - <date>.rumbo": a copy prepared to send, dated so copies sort. */
export function copyFileName(parts: { institution: string; title: string; unit?: string; revision: number; date: string }): string {
  return `${joinedStem([parts.institution, parts.title, parts.unit ?? '', `v${parts.revision}`, parts.date])}.rumbo`;
}
