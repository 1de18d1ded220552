export const ACCOUNT_STATUSES = ['proposed', 'active', 'dormant', 'to_close', 'closed'] as const;
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];

export interface Account {
  id: string;
  platform: string;
  handle: string;
  url: string;
  displayName: string;
  unitId: string | null;
  status: AccountStatus;
}
