import type { SameShape } from '../../types';
import type { document as es } from '../es/document';

export const document: SameShape<typeof es> = {
  defaultPlanTitle: 'Social media presence plan',
};
