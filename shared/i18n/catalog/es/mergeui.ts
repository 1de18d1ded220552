/** Screen texts of the merge screen (see renderer/src/features). */
export const mergeui = {
  nav: 'Recibir y combinar',
} as const;
