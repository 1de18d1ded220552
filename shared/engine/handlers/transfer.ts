import type { Handlers } from './context';

// PLACEHOLDER: the import/export work replaces these.
export const transferHandlers = {
  'accounts.importPreview': () => {
    throw new Error('not yet');
  },
  'accounts.importCommit': () => {
    throw new Error('not yet');
  },
  'accounts.exportFile': () => {
    throw new Error('not yet');
  },
} satisfies Partial<Handlers>;
