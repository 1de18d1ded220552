import { safeFileStem, withExtension } from '../../shared/files/file-names';

export { withExtension };

/**
 * A name the renderer suggests for a save dialog, made safe again here (the renderer is not
 * trusted) and reduced to a bare name, so the renderer can suggest a name but never a folder.
 */
export function safeFileName(suggested: string, extension: string, fallback: string): string {
  return withExtension(safeFileStem(suggested, fallback), extension);
}
