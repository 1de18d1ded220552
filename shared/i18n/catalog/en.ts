import type { SameShape } from '../types';
import type { es } from './es';
import { common } from './en/common';
import { errors } from './en/errors';
import { ui } from './en/ui';
import { document } from './en/document';
import { menu } from './en/menu';
import { cli } from './en/cli';

export const en: SameShape<typeof es> = { common, errors, ui, document, menu, cli };
