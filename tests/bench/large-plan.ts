import type { Database, SqlJsStatic } from 'sql.js';
import { writeRow, type Stamp } from '../../shared/db/changes';
import { accountColumns } from '../../shared/db/repos/accounts';
import { personColumns } from '../../shared/db/repos/people';
import { unitColumns } from '../../shared/db/repos/units';
import { applySessionPragmas } from '../../shared/db/schema';
import { inTransaction } from '../../shared/db/sql';
import type { Row, TableName } from '../../shared/db/tables';
import { PLATFORM_CODES, type Account, type AccountPurpose, type AccountStatus } from '../../shared/model/accounts';
import type { Person } from '../../shared/model/people';
import type { OrgUnit } from '../../shared/model/units';
import { seededRandom } from './seeded-random';

export interface LargePlanShape {
  areas: number;
  departmentsPerArea: number;
  servicesPerDepartment: number;
  accounts: number;
  /** People besides each department's and service's responsible. */
  staff: number;
}

/** 12 areas → 48 departments → 240 services = 300 units; 388 people; 5,000 accounts. */
export const LARGE_PLAN: LargePlanShape = { areas: 12, departmentsPerArea: 4, servicesPerDepartment: 5, accounts: 5000, staff: 100 };

export function unitCount(shape: LargePlanShape): number {
  return shape.areas * (1 + shape.departmentsPerArea * (1 + shape.servicesPerDepartment));
}

const AREA_NAMES = [
  'Alcaldía', 'Hacienda', 'Urbanismo', 'Cultura', 'Deportes', 'Educación', 'Servicios Sociales', 'Medio Ambiente',
  'Turismo', 'Juventud', 'Seguridad Ciudadana', 'Participación Ciudadana',
];
const STATUSES: readonly [AccountStatus, number][] = [['active', 0.7], ['dormant', 0.1], ['proposed', 0.05], ['to_close', 0.08], ['closed', 0.07]];
const PURPOSES: readonly [AccountPurpose | null, number][] = [['informative', 0.5], ['relational', 0.25], ['citizen_service', 0.15], [null, 0.1]];
/** The fixed time of every stamp: every run measures the same plan, but for its random ids. */
const STAMP: Stamp = { author: 'Benchmark', now: '2026-01-12T09:00:00.000Z' };

/**
 * Fills a plan made by the engine with a large organisation, people and accounts, each record
 * complete with the typical problems the audit looks for. Rows are written in one transaction
 * through shared/db's own column mapping (unitColumns, personColumns, accountColumns), so they
 * follow the current format; the engine's calls would take minutes for 5,000 accounts (each
 * `account.create` re-reads the inventory) and the import, which is the engine's bulk path, is
 * what the benchmark measures. Returns the new file bytes; the engine must then accept them like
 * any received file.
 */
export function fillLargePlan(SQL: SqlJsStatic, planBytes: Uint8Array, shape: LargePlanShape = LARGE_PLAN): Uint8Array {
  const db = new SQL.Database(planBytes);
  try {
    applySessionPragmas(db);
    inTransaction(db, () => fill(db, shape, seededRandom(2026)));
    return db.export();
  } finally {
    db.close();
  }
}

function fill(db: Database, shape: LargePlanShape, random: () => number): void {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const weighted = <T>(choices: readonly [T, number][]): T => {
    let roll = random();
    for (const [value, weight] of choices) if ((roll -= weight) < 0) return value;
    return choices[choices.length - 1]![0];
  };
  const day = (fromYear: number, toYear: number) => {
    const start = Date.UTC(fromYear, 0, 1);
    return new Date(start + Math.floor(random() * (Date.UTC(toYear, 11, 31) - start))).toISOString().slice(0, 10);
  };
  const insert = (table: TableName, id: string, columns: Row) =>
    writeRow(db, table, { id, ...columns, created_at: STAMP.now, updated_at: STAMP.now, created_by: STAMP.author, updated_by: STAMP.author });

  const units: string[] = [];
  const people: string[] = [];
  const addPerson = (fields: Omit<Person, 'id'>): string => {
    const id = crypto.randomUUID();
    insert('person', id, personColumns(fields));
    people.push(id);
    return id;
  };
  const addUnit = (fields: Omit<OrgUnit, 'id' | 'responsibleId' | 'contact'>, withResponsible: boolean): string => {
    const id = crypto.randomUUID();
    const n = units.length + 1;
    const unit = { ...fields, responsibleId: null, contact: `unidad${n}@ayuntamiento.example` };
    insert('org_unit', id, unitColumns(unit));
    units.push(id);
    if (withResponsible) {
      // The unit exists before its responsible (who belongs to it), then names them: written again whole.
      const responsibleId = addPerson({ name: `Responsable ${n}`, role: `Jefatura de ${fields.name}`, unitId: id, email: `responsable${n}@ayuntamiento.example`, phone: `Ext. ${1000 + n}` });
      insert('org_unit', id, unitColumns({ ...unit, responsibleId }));
    }
    return id;
  };

  for (let a = 0; a < shape.areas; a++) {
    const area = addUnit({ parentId: null, name: `Área de ${AREA_NAMES[a % AREA_NAMES.length]}`, kind: 'political', position: a }, false);
    for (let d = 0; d < shape.departmentsPerArea; d++) {
      const department = addUnit({ parentId: area, name: `Departamento ${a + 1}.${d + 1}`, kind: 'administrative', position: d }, true);
      for (let s = 0; s < shape.servicesPerDepartment; s++) {
        addUnit({ parentId: department, name: `Servicio ${a + 1}.${d + 1}.${s + 1}`, kind: 'administrative', position: s }, true);
      }
    }
  }
  for (let p = 0; p < shape.staff; p++) {
    addPerson({ name: `Persona ${p + 1}`, role: 'Técnica de comunicación', unitId: pick(units), email: `persona${p + 1}@ayuntamiento.example`, phone: '' });
  }

  const written: { platform: Account['platform']; handle: string }[] = [];
  for (let i = 0; i < shape.accounts; i++) {
    // About one in a hundred is an account already listed, written another way.
    const repeated = written.length > 0 && random() < 0.01 ? pick(written) : null;
    const platform = repeated?.platform ?? pick(PLATFORM_CODES);
    const handle = repeated ? repeated.handle.replace(/^@/, '').toUpperCase() : `@villanueva_${i + 1}`;
    written.push({ platform, handle });
    const status = weighted(STATUSES);
    const fields: Omit<Account, 'id' | 'peopleIds'> = {
      platform,
      handle,
      url: '',
      displayName: `Cuenta ${i + 1}`,
      // A few accounts nobody owns: the audit must find them.
      unitId: random() < 0.03 ? null : pick(units),
      status,
      purpose: weighted(PURPOSES),
      audience: random() < 0.5 ? 'Vecindario' : '',
      languages: random() < 0.2 ? ['es', 'en'] : ['es'],
      followers: random() < 0.05 ? null : Math.floor(random() * random() * 20_000),
      postsPerWeek: status === 'active' ? Math.round(random() * 100) / 10 : null,
      lastPostOn: random() < 0.3 ? day(2019, 2025) : null,
      verified: random() < 0.1,
      credentialsHolderId: random() < 0.5 ? pick(people) : null,
      twoFactor: weighted<boolean | null>([[true, 0.6], [false, 0.2], [null, 0.2]]),
      recoveryEmailCorporate: weighted<boolean | null>([[true, 0.8], [false, 0.1], [null, 0.1]]),
      openedOn: random() < 0.8 ? day(2010, 2025) : null,
      notes: random() < 0.1 ? 'Revisar quién tiene las claves.' : '',
    };
    const id = crypto.randomUUID();
    insert('account', id, accountColumns(fields));
    const managers = new Set(Array.from({ length: weighted([[0, 0.1], [1, 0.6], [2, 0.3]]) }, () => pick(people)));
    for (const personId of managers) insert('account_person', crypto.randomUUID(), { account_id: id, person_id: personId });
  }
}
