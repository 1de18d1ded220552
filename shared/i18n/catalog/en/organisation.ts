import type { SameShape } from '../../types';
import type { organisation as es } from '../es/organisation';

export const organisation: SameShape<typeof es> = {
  title: 'organisation',
};
