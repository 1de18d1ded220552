import type { SameShape } from '../../types';
import type { transfer as es } from '../es/transfer';

export const transfer: SameShape<typeof es> = {
  title: 'transfer',
};
