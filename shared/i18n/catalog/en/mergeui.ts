import type { SameShape } from '../../types';
import type { mergeui as es } from '../es/mergeui';

export const mergeui: SameShape<typeof es> = {
  nav: 'Receive and merge',
};
