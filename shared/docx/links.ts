import { safeLinkTarget } from './sanitize';

/** A piece of text, and where it links to when it is a safe address. */
export interface TextSegment {
  text: string;
  href: string | null;
}

// People write contacts as free text ("Gabinete de prensa, prensa@ayto.es, https://ayto.es").
// Only what looks like an https address or an e-mail address becomes a link, and only if
// safeLinkTarget accepts it; everything else, `javascript:` included, stays plain text.
const CANDIDATES = /(?<web>https:\/\/[^\s<>"']+)|(?<email>[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/gi;
// Sentence punctuation right after an address belongs to the sentence, not to the address.
const TRAILING_PUNCTUATION = /[.,;:!?)\]}»]+$/;

export function splitLinks(text: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let plainStart = 0;
  for (const match of text.matchAll(CANDIDATES)) {
    const start = match.index;
    const candidate = match[0].replace(TRAILING_PUNCTUATION, '');
    const href = safeLinkTarget(match.groups?.web ? candidate : `mailto:${candidate}`);
    if (!href) continue;
    if (start > plainStart) segments.push({ text: text.slice(plainStart, start), href: null });
    segments.push({ text: candidate, href });
    plainStart = start + candidate.length;
  }
  if (plainStart < text.length) segments.push({ text: text.slice(plainStart), href: null });
  return segments;
}
