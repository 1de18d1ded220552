import type { SameShape } from '../../types';
import type { approvalui as es } from '../es/approvalui';

export const approvalui: SameShape<typeof es> = {
  nav: 'Status and versions',
};
