/** Texts of the exported Word document. */
export const document = {
  defaultPlanTitle: 'Plan de presencia en redes sociales',
} as const;
