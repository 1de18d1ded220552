/** Screen texts of the approval screen (see renderer/src/features). */
export const approvalui = {
  nav: 'Estado y versiones',
} as const;
