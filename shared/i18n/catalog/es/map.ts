/** Texts of the map screens (placeholder: filled by the work on that area). */
export const map = {
  title: 'map',
} as const;
