import type { SameShape } from '../../types';
import type { timeline as es } from '../es/timeline';

export const timeline: SameShape<typeof es> = {
  title: 'timeline',
};
