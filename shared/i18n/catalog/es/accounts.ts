/** Texts of the accounts screens (placeholder: filled by the work on that area). */
export const accounts = {
  title: 'accounts',
} as const;
