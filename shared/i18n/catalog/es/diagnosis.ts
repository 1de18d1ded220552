/** Texts of the diagnosis screens (placeholder: filled by the work on that area). */
export const diagnosis = {
  title: 'diagnosis',
} as const;
