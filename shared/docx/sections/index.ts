import type { Chapter, FrontPart } from '../outline';
import { contents } from './contents';
import { cover } from './cover';
import { documentControl } from './document-control';
import { institutionChapter } from './institution';

/** The front matter, in order. */
export const FRONT_MATTER: readonly FrontPart[] = [cover, documentControl, contents];

/** The numbered chapters, in order; later sections of the plan add theirs here. */
export const CHAPTERS: readonly Chapter[] = [institutionChapter];

export { coverDetails } from './cover';
