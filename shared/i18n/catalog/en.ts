import type { SameShape } from '../types';
import type { es } from './es';
import { common } from './en/common';
import { errors } from './en/errors';
import { ui } from './en/ui';
import { document } from './en/document';
import { menu } from './en/menu';
import { cli } from './en/cli';
import { inventory } from './en/inventory';
import { organisation } from './en/organisation';
import { accounts } from './en/accounts';
import { map } from './en/map';
import { transfer } from './en/transfer';
import { action } from './en/action';
import { suggestions } from './en/suggestions';

export const en: SameShape<typeof es> = { common, errors, ui, document, menu, cli, inventory, organisation, accounts, map, transfer, action, suggestions };
