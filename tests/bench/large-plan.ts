import type { SqlJsStatic } from 'sql.js';
import { writeRow, type Stamp } from '../../shared/db/changes';
import { applySessionPragmas } from '../../shared/db/schema';
import { inTransaction } from '../../shared/db/sql';
import type { Row } from '../../shared/db/tables';
import { ACCOUNT_STATUSES } from '../../shared/model/accounts';

export interface LargePlanShape {
  areas: number;
  departmentsPerArea: number;
  servicesPerDepartment: number;
  accounts: number;
}

/** 12 areas → 48 departments → 240 services = 300 units; 5,000 accounts. */
export const LARGE_PLAN: LargePlanShape = { areas: 12, departmentsPerArea: 4, servicesPerDepartment: 5, accounts: 5000 };

const AREA_NAMES = [
  'Alcaldía', 'Hacienda', 'Urbanismo', 'Cultura', 'Deportes', 'Educación', 'Servicios Sociales', 'Medio Ambiente',
  'Turismo', 'Juventud', 'Seguridad Ciudadana', 'Participación Ciudadana',
];
const PLATFORMS = ['facebook', 'instagram', 'x', 'youtube', 'tiktok', 'linkedin', 'whatsapp', 'telegram', 'flickr', 'bluesky', 'mastodon', 'threads'];

/** Small seeded generator, so every run measures the same plan. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function stamped(values: Row, stamp: Stamp): Row {
  return { ...values, created_at: stamp.now, updated_at: stamp.now, created_by: stamp.author, updated_by: stamp.author };
}

/**
 * Fills a plan made by the engine with units and accounts written straight through the SQL of
 * shared/db (complete rows, UUIDs, stamps), because the engine has no calls for them yet.
 * Returns the new file bytes; the engine must then accept them like any received file.
 */
export function fillLargePlan(SQL: SqlJsStatic, planBytes: Uint8Array, shape: LargePlanShape = LARGE_PLAN): Uint8Array {
  const db = new SQL.Database(planBytes);
  try {
    applySessionPragmas(db);
    const random = seededRandom(2026);
    const stamp: Stamp = { author: 'Benchmark', now: new Date().toISOString() };
    const units: string[] = [];
    const addUnit = (parentId: string | null, name: string, kind: 'political' | 'administrative', position: number): string => {
      const id = crypto.randomUUID();
      const responsible = `Responsable ${units.length + 1}`;
      const contact = `unidad${units.length + 1}@ayuntamiento.example`;
      writeRow(db, 'org_unit', stamped({ id, parent_id: parentId, name, kind, position, responsible, contact }, stamp));
      units.push(id);
      return id;
    };
    inTransaction(db, () => {
      for (let a = 0; a < shape.areas; a++) {
        const area = addUnit(null, `Área de ${AREA_NAMES[a % AREA_NAMES.length]}`, 'political', a);
        for (let d = 0; d < shape.departmentsPerArea; d++) {
          const department = addUnit(area, `Departamento ${a + 1}.${d + 1}`, 'administrative', d);
          for (let s = 0; s < shape.servicesPerDepartment; s++) addUnit(department, `Servicio ${a + 1}.${d + 1}.${s + 1}`, 'administrative', s);
        }
      }
      for (let i = 0; i < shape.accounts; i++) {
        const platform = PLATFORMS[Math.floor(random() * PLATFORMS.length)]!;
        // A few accounts nobody owns: the audit that the next issues add must find them.
        const unitId = random() < 0.03 ? null : units[Math.floor(random() * units.length)]!;
        const status = ACCOUNT_STATUSES[Math.floor(random() * ACCOUNT_STATUSES.length)]!;
        const handle = `villanueva_${i + 1}`;
        const row = { id: crypto.randomUUID(), platform, handle: `@${handle}`, url: `https://${platform}.example/${handle}`, display_name: `Cuenta ${i + 1}`, unit_id: unitId, status };
        writeRow(db, 'account', stamped(row, stamp));
      }
    });
    return db.export();
  } finally {
    db.close();
  }
}
