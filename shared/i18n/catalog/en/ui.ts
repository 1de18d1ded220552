import type { SameShape } from '../../types';
import type { ui as es } from '../es/ui';

export const ui: SameShape<typeof es> = {
  profile: {
    periodOrder: 'the end of the period cannot be before its start',
  },
};
