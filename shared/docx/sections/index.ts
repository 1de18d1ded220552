import type { Annex, Chapter, FrontPart } from '../outline';
import { contents } from './contents';
import { cover } from './cover';
import { documentControl } from './document-control';
import { institutionChapter } from './institution';
import { inventoryAnnex } from './inventory-annex';
import { situationChapter } from './situation';

/** The front matter, in order. */
export const FRONT_MATTER: readonly FrontPart[] = [cover, documentControl, contents];

/** The numbered chapters, in order; later sections of the plan add theirs here. */
export const CHAPTERS: readonly Chapter[] = [institutionChapter, situationChapter];

/** The annexes, after the chapters, each in a landscape section of its own. */
export const ANNEXES: readonly Annex[] = [inventoryAnnex];

export { coverDetails } from './cover';
