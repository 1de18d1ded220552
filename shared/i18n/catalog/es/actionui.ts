/** Texts of the actionui screens (placeholder: filled by the work on that area). */
export const actionui = {
  title: 'actionui',
} as const;
