import type { SameShape } from '../types';
import type { es } from './es';
import { common } from './en/common';
import { errors } from './en/errors';
import { ui } from './en/ui';
import { document } from './en/document';

export const en: SameShape<typeof es> = { common, errors, ui, document };
