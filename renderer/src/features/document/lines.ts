import { linesOf } from '../../../../shared/model/text';

/**
 * A list the planner types one item per line (related documents, legislation), shown back as
 * the document will print it: each line trimmed, blank lines dropped.
 */
export function oneItemPerLine(text: string): string {
  return linesOf(text).join('\n');
}
