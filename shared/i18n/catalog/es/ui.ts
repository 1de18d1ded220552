/** Texts of the application's screens. */
export const ui = {
  profile: {
    periodOrder: 'la fecha de fin del periodo no puede ser anterior a la de inicio',
  },
} as const;
