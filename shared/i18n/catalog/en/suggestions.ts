import type { SameShape } from '../../types';
import type { suggestions as es } from '../es/suggestions';

export const suggestions: SameShape<typeof es> = {
  title: 'Suggestions',
};
