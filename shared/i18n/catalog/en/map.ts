import type { SameShape } from '../../types';
import type { map as es } from '../es/map';

export const map: SameShape<typeof es> = {
  title: 'map',
};
