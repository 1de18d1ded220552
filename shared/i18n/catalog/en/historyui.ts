import type { SameShape } from '../../types';
import type { historyui as es } from '../es/historyui';

export const historyui: SameShape<typeof es> = {
  nav: 'Change history',
};
