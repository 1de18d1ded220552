import type { Handlers } from './context';
import { documentHandlers } from './document';
import { institutionHandlers } from './institution';
import { inventoryHandlers } from './inventory';
import { planHandlers } from './plan';
import { actionHandlers } from './action';
import { transferHandlers } from './transfer';
import { sharingHandlers } from './sharing';

export type { HandlerContext, Handlers } from './context';

/** Every call of the contract with its handler; the type makes a missing one a compile error. */
export const handlers: Handlers = { ...planHandlers, ...institutionHandlers, ...inventoryHandlers, ...transferHandlers, ...actionHandlers, ...documentHandlers, ...sharingHandlers };
