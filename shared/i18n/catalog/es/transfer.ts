/** Texts of the transfer screens (placeholder: filled by the work on that area). */
export const transfer = {
  title: 'transfer',
} as const;
