export const UNIT_KINDS = ['political', 'administrative'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export interface OrgUnit {
  id: string;
  parentId: string | null;
  name: string;
  kind: UnitKind;
  position: number;
  responsible: string;
  contact: string;
}
