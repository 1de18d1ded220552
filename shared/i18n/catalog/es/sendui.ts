/** Screen texts of the send screen (see renderer/src/features). */
export const sendui = {
  nav: 'Enviar una copia',
} as const;
