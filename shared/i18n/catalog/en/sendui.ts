import type { SameShape } from '../../types';
import type { sendui as es } from '../es/sendui';

export const sendui: SameShape<typeof es> = {
  nav: 'Send a copy',
};
