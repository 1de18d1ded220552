import { common } from './es/common';
import { errors } from './es/errors';
import { ui } from './es/ui';
import { document } from './es/document';
import { menu } from './es/menu';
import { cli } from './es/cli';
import { inventory } from './es/inventory';
import { organisation } from './es/organisation';
import { accounts } from './es/accounts';
import { map } from './es/map';
import { transfer } from './es/transfer';
import { action } from './es/action';
import { suggestions } from './es/suggestions';
import { diagnosis } from './es/diagnosis';
import { actionui } from './es/actionui';
import { timeline } from './es/timeline';
import { docplan } from './es/docplan';
import { docui } from './es/docui';
import { charts } from './es/charts';
import { richtext } from './es/richtext';
import { merge } from './es/merge';
import { sendui } from './es/sendui';
import { mergeui } from './es/mergeui';
import { historyui } from './es/historyui';
import { approvalui } from './es/approvalui';

/** Spanish is the reference catalog: every other language must have exactly its shape. */
export const es = { common, errors, ui, document, menu, cli, inventory, organisation, accounts, map, transfer, action, suggestions, diagnosis, actionui, timeline, docplan, docui, charts, richtext, merge, sendui, mergeui, historyui, approvalui };
