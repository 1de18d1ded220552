/**
 * Text reduced to what a person means by it: no case, no accents, no punctuation, single
 * spaces. "Última publicación", "ULTIMA PUBLICACION" and "última_publicación" are equal.
 */
export function foldText(text: string): string {
  let folded = recent.get(text);
  if (folded === undefined) {
    folded = text
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
    // An import folds the same few words (statuses, networks, unit names) thousands of times.
    if (recent.size >= RECENT_MAX) recent.clear();
    if (text.length <= 200) recent.set(text, folded);
  }
  return folded;
}

const RECENT_MAX = 5_000;
const recent = new Map<string, string>();
