/** Texts of the organisation screens (placeholder: filled by the work on that area). */
export const organisation = {
  title: 'organisation',
} as const;
