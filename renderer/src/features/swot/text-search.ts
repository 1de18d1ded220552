/** Lower case without accents, so "publicacion" finds "publicación". */
export function searchable(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/** Whether every word of the query appears somewhere in the texts. */
export function matchesQuery(query: string, ...texts: string[]): boolean {
  const words = searchable(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = searchable(texts.join(' '));
  return words.every((word) => haystack.includes(word));
}
