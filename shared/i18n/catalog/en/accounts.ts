import type { SameShape } from '../../types';
import type { accounts as es } from '../es/accounts';

export const accounts: SameShape<typeof es> = {
  title: 'accounts',
};
