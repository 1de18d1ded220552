import type { FrontPart, Part } from '../outline';
import { objectivesChapter } from './action/objectives';
import { resourcesChapter } from './action/resources';
import { strategyChapter } from './action/strategy';
import { swotCameChapter } from './action/swot-came';
import { timelineChapter } from './action/timeline';
import { contents } from './contents';
import { cover } from './cover';
import { documentControl } from './document-control';
import { frameworkChapter } from './framework';
import { glossaryAnnex } from './glossary';
import { governanceChapter } from './governance';
import { inventoryAnnex } from './inventory-annex';
import { measurementChapter } from './measurement';
import { presentationChapter } from './presentation';
import { situationChapter } from './situation';
import { closingChapter, crisisChapter } from './text-chapters';

/** The front matter, in order: always in. */
export const FRONT_MATTER: readonly FrontPart[] = [cover, documentControl, contents];

/** The numbered chapters, in order. */
export const CHAPTERS: readonly Part[] = [
  presentationChapter,
  frameworkChapter,
  situationChapter,
  swotCameChapter,
  objectivesChapter,
  strategyChapter,
  timelineChapter,
  resourcesChapter,
  governanceChapter,
  crisisChapter,
  measurementChapter,
  closingChapter,
];

/** The annexes, after the chapters, numbered I, II… */
export const ANNEXES: readonly Part[] = [inventoryAnnex, glossaryAnnex];

export { coverDetails } from './cover';
