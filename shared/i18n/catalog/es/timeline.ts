/** Texts of the timeline screens (placeholder: filled by the work on that area). */
export const timeline = {
  title: 'timeline',
} as const;
