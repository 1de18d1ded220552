import type { Database } from 'sql.js';
import type { ChangeRecorder } from '../db/changes';
import { accountColumns } from '../db/repos/accounts';
import { personColumns } from '../db/repos/people';
import { nextPosition, unitColumns } from '../db/repos/units';
import type { ImportPlan, Reference } from './import-plan';

export interface WrittenImport {
  imported: number;
  unitsCreated: number;
  peopleCreated: number;
}

/**
 * Writes the accounts of an import plan through the change recorder, so that the whole import
 * is one undo step. Units and people are created only when an imported account names them (a
 * unit mentioned only by a skipped row is not created). New units go to the top level of the
 * organisation chart, after the existing ones: the user moves them where they belong.
 */
export function writeImport(db: Database, recorder: ChangeRecorder, plan: ImportPlan): WrittenImport {
  const unitIds = new Map<string, string>();
  const personIds = new Map<string, string>();
  let position = nextPosition(db, null);

  const unitId = (reference: Reference | null): string | null => {
    if (!reference) return null;
    if ('existing' in reference) return reference.existing;
    let id = unitIds.get(reference.create);
    if (!id) {
      id = crypto.randomUUID();
      const name = plan.newUnits.get(reference.create)!;
      recorder.insert('org_unit', { id, ...unitColumns({ name, kind: 'administrative', contact: '', responsibleId: null, parentId: null, position: position++ }) });
      unitIds.set(reference.create, id);
    }
    return id;
  };

  const personId = (reference: Reference): string => {
    if ('existing' in reference) return reference.existing;
    let id = personIds.get(reference.create);
    if (!id) {
      id = crypto.randomUUID();
      const { name, email } = plan.newPeople.get(reference.create)!;
      recorder.insert('person', { id, ...personColumns({ name, email, role: '', phone: '', unitId: null }) });
      personIds.set(reference.create, id);
    }
    return id;
  };

  for (const account of plan.accounts) {
    const id = crypto.randomUUID();
    const credentialsHolderId = account.holder ? personId(account.holder) : null;
    recorder.insert('account', { id, ...accountColumns({ ...account.fields, unitId: unitId(account.unit), credentialsHolderId }) });
    // A new account has no links yet: each manager is one new link (no lookup of existing ones).
    for (const managerId of new Set(account.managers.map(personId))) {
      recorder.insert('account_person', { id: crypto.randomUUID(), account_id: id, person_id: managerId });
    }
  }
  return { imported: plan.accounts.length, unitsCreated: unitIds.size, peopleCreated: personIds.size };
}
