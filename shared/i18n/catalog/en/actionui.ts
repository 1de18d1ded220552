import type { SameShape } from '../../types';
import type { actionui as es } from '../es/actionui';

export const actionui: SameShape<typeof es> = {
  title: 'actionui',
};
