import type { SameShape } from '../../types';
import type { diagnosis as es } from '../es/diagnosis';

export const diagnosis: SameShape<typeof es> = {
  title: 'diagnosis',
};
