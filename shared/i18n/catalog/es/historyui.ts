/** Screen texts of the history screen (see renderer/src/features). */
export const historyui = {
  nav: 'Historial de cambios',
} as const;
