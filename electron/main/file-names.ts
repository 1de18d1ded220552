/**
 * A name the renderer suggests for a save dialog, made safe for every file system we meet
 * (Windows forbids `<>:"/\|?*`, control characters and trailing dots or spaces) and reduced to
 * a bare name, so the renderer can suggest a name but never a folder.
 */
export function safeFileName(suggested: string, extension: string, fallback: string): string {
  const cleaned = suggested
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '')
    .slice(0, 120)
    .trim();
  const base = cleaned === '' || /^\.+$/.test(cleaned) ? fallback : cleaned;
  return withExtension(base, extension);
}

/** Some save dialogs (GTK) do not add the filter's extension: add it unless it is there. */
export function withExtension(fileName: string, extension: string): string {
  return fileName.toLowerCase().endsWith(extension.toLowerCase()) ? fileName : `${fileName}${extension}`;
}
