import { Extension, type AnyExtension } from '@tiptap/core';
import { StarterKit } from '@tiptap/starter-kit';
import { safeLinkTarget } from '../../../shared/docx/sanitize';

/**
 * The address a typed or pasted link stands for, or null when it may not be a link: what the
 * document allows (https: and mailto:, see safeLinkTarget), with the two ways people write
 * addresses without a scheme ("www.ayto.es", "prensa@ayto.es") understood.
 */
export function linkAddress(typed: string): string | null {
  const value = typed.trim();
  if (/^[^\s@:/]+@[^\s@:/]+\.[^\s@:/]+$/.test(value)) return safeLinkTarget(`mailto:${value}`);
  if (/^www\./i.test(value)) return safeLinkTarget(`https://${value}`);
  return safeLinkTarget(value);
}

/** What the editor asks of the field around it when the keyboard is used. */
export interface RichTextKeyHooks {
  /** True while the editor holds typing not yet handed to the plan. */
  hasDraft(): boolean;
  /** Hands the draft to the plan now. */
  commit(): void;
}

/**
 * The editor's vocabulary: exactly what shared/richtext keeps (paragraphs, line breaks, bold,
 * italics, bulleted and numbered lists, links), so that pasting from Word or a web page keeps
 * only that and nothing the document would drop.
 */
export function richTextExtensions(hooks?: RichTextKeyHooks): AnyExtension[] {
  return [
    StarterKit.configure({
      blockquote: false,
      code: false,
      codeBlock: false,
      heading: false,
      horizontalRule: false,
      strike: false,
      underline: false,
      dropcursor: false,
      link: {
        // A click must never navigate the app's window away; links are edited, not followed.
        openOnClick: false,
        autolink: true,
        linkOnPaste: true,
        defaultProtocol: 'https',
        HTMLAttributes: { target: null, rel: 'noopener noreferrer nofollow', class: null },
        isAllowedUri: (url) => linkAddress(url) !== null,
        shouldAutoLink: (url) => linkAddress(url) !== null,
      },
    }),
    ...(hooks ? [planKeys(hooks)] : []),
  ];
}

/**
 * Ctrl+Z and Ctrl+Y belong to the plan (renderer/src/app/keyboard.ts) unless the editor holds a
 * draft, as in every other field; and Ctrl+S hands the draft over before the plan is saved.
 */
function planKeys(hooks: RichTextKeyHooks) {
  // Returning true stops the editor's own undo; the keystroke still reaches the plan's handler.
  const planUndo = () => !hooks.hasDraft();
  return Extension.create({
    name: 'rumboPlanKeys',
    priority: 1000,
    addKeyboardShortcuts() {
      return {
        'Mod-z': planUndo,
        'Mod-y': planUndo,
        'Shift-Mod-z': planUndo,
        'Mod-s': () => {
          hooks.commit();
          return false;
        },
      };
    },
  });
}
