import type { Finding } from '../audit/findings';
import type { Account, AuditSettings } from './accounts';
import type { Person } from './people';
import type { OrgUnit } from './units';

/** The organisation and its accounts, as the screens and the document read them. */
export interface Inventory {
  units: OrgUnit[];
  people: Person[];
  accounts: Account[];
  settings: AuditSettings;
  findings: Finding[];
}
