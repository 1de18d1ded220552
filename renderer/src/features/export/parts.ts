import { DOCUMENT_PARTS, type DocumentPart } from '../../../../shared/model/document';
import type { DocumentPreview } from '../../../../shared/docx/types';

/** The parts that go after the chapters, as annexes; everything else in DOCUMENT_PARTS is a chapter. */
const ANNEXES: ReadonlySet<DocumentPart> = new Set<DocumentPart>(['inventoryAnnex', 'glossary']);

export interface PartChoice {
  part: DocumentPart;
  included: boolean;
  /** null until the preview has said whether the plan has data for it. */
  hasData: boolean | null;
}

/**
 * Every part that may be left out, in document order, split into chapters and annexes. What is
 * included follows the planner's choices (they change first; the preview answers a moment later);
 * whether there is data comes from the preview.
 */
export function partChoices(excluded: readonly DocumentPart[], preview: DocumentPreview['parts'] | undefined): { chapters: PartChoice[]; annexes: PartChoice[] } {
  const left = new Set(excluded);
  const data = new Map(preview?.map((entry) => [entry.part, entry.hasData]));
  const choices = DOCUMENT_PARTS.map((part) => ({ part, included: !left.has(part), hasData: data.get(part) ?? null }));
  return { chapters: choices.filter((choice) => !ANNEXES.has(choice.part)), annexes: choices.filter((choice) => ANNEXES.has(choice.part)) };
}

/** The excluded list after including or leaving out one part, in document order (so equal choices compare equal). */
export function withPart(excluded: readonly DocumentPart[], part: DocumentPart, included: boolean): DocumentPart[] {
  const left = new Set(excluded);
  if (included) left.delete(part);
  else left.add(part);
  return DOCUMENT_PARTS.filter((candidate) => left.has(candidate));
}

/** The excluded list with every part the preview says has no data left out as well. */
export function withoutEmptyParts(excluded: readonly DocumentPart[], preview: DocumentPreview['parts'] | undefined): DocumentPart[] {
  const empty = new Set(preview?.filter((entry) => !entry.hasData).map((entry) => entry.part));
  return DOCUMENT_PARTS.filter((part) => excluded.includes(part) || empty.has(part));
}
