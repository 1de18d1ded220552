import { describe, expect, it } from 'vitest';
import type { Database, SqlJsStatic } from 'sql.js';
import { openPlanBytes } from '../../../shared/db/open';
import { FORMAT_VERSION, MAX_PLAN_BYTES } from '../../../shared/db/format';
import { RumboError } from '../../../shared/errors';
import { selectValue } from '../../../shared/db/sql';
import { planBytes, sqlJs } from '../helpers';

function codeOf(work: () => unknown): string {
  try {
    work();
  } catch (error) {
    if (error instanceof RumboError) return error.code;
    throw error;
  }
  return 'opened';
}

/** Opens a copy of a sound plan, lets `change` alter it with plain SQL, and returns the bytes. */
async function altered(SQL: SqlJsStatic, change: (db: Database) => void): Promise<Uint8Array> {
  const db = new SQL.Database(await planBytes());
  change(db);
  const bytes = db.export();
  db.close();
  return bytes;
}

describe('opening a plan file that came from outside', () => {
  it('opens a sound plan', async () => {
    const SQL = await sqlJs();
    const opened = openPlanBytes(SQL, await planBytes());
    expect(opened.readOnly).toBe(false);
    expect(opened.fileFormat).toBe(FORMAT_VERSION);
    opened.db.close();
  });

  it('refuses a file over the size cap before parsing it', async () => {
    const SQL = await sqlJs();
    expect(codeOf(() => openPlanBytes(SQL, new Uint8Array(MAX_PLAN_BYTES + 1)))).toBe('FILE_TOO_LARGE');
  });

  it('treats a 0-byte file as damaged, never as a new empty plan', async () => {
    expect(codeOf(() => openPlanBytes(undefined as never, new Uint8Array(0)))).toBe('FILE_EMPTY');
  });

  it('refuses files that are not SQLite', async () => {
    const SQL = await sqlJs();
    expect(codeOf(() => openPlanBytes(SQL, new TextEncoder().encode('Plataforma;Usuario\nX;@ayto\n'.repeat(10))))).toBe('FILE_NOT_SQLITE');
    expect(codeOf(() => openPlanBytes(SQL, new Uint8Array(50).fill(7)))).toBe('FILE_NOT_SQLITE');
  });

  it('recognises a truncated file', async () => {
    const SQL = await sqlJs();
    const bytes = await planBytes();
    expect(codeOf(() => openPlanBytes(SQL, bytes.slice(0, bytes.length - 4096)))).toBe('FILE_TRUNCATED');
    expect(codeOf(() => openPlanBytes(SQL, bytes.slice(0, bytes.length - 100)))).toBe('FILE_TRUNCATED');
  });

  it('refuses a SQLite database that is not a Rumbo plan', async () => {
    const SQL = await sqlJs();
    const db = new SQL.Database();
    db.run('CREATE TABLE notes (text TEXT)');
    const bytes = db.export();
    db.close();
    expect(codeOf(() => openPlanBytes(SQL, bytes))).toBe('FILE_NOT_RUMBO');
  });

  it('refuses damaged pages', async () => {
    const SQL = await sqlJs();
    const bytes = await planBytes();
    const damaged = bytes.slice();
    const pageSize = (damaged[16]! << 8) | damaged[17]!;
    // Scribble over the b-tree header of the second page (the first table's root).
    for (let i = pageSize; i < pageSize + 12; i++) damaged[i] = 0xff;
    expect(['FILE_CORRUPT', 'FILE_FOREIGN_SCHEMA', 'FILE_INVARIANT']).toContain(codeOf(() => openPlanBytes(SQL, damaged)));
  });

  it('refuses a hostile trigger before any query of ours runs', async () => {
    const SQL = await sqlJs();
    const bytes = await altered(SQL, (db) => db.run('CREATE TRIGGER wipe AFTER UPDATE ON plan_meta BEGIN DELETE FROM institution; END'));
    expect(codeOf(() => openPlanBytes(SQL, bytes))).toBe('FILE_FOREIGN_SCHEMA');
  });

  it('refuses foreign views, indexes, tables and altered tables', async () => {
    const SQL = await sqlJs();
    const changes = [
      'CREATE VIEW everything AS SELECT * FROM institution',
      'CREATE INDEX sneaky ON account(handle)',
      'CREATE TABLE extra (x)',
      'ALTER TABLE account ADD COLUMN password TEXT',
    ];
    for (const change of changes) {
      const bytes = await altered(SQL, (db) => db.run(change));
      expect(codeOf(() => openPlanBytes(SQL, bytes)), change).toBe('FILE_FOREIGN_SCHEMA');
    }
  });

  it('refuses content that breaks our own rules', async () => {
    const SQL = await sqlJs();
    const cases: [string, string][] = [
      ['two institutions', "INSERT INTO institution SELECT '6f1c1f5e-8f5e-4b6e-9a51-2b1f0c7d9e01', name, type, plan_title, period_start, period_end, authors, contact, language, logo, logo_mime, created_at, updated_at, created_by, updated_by FROM institution"],
      ['no plan metadata', 'DELETE FROM plan_meta'],
      ['bad id', "UPDATE institution SET id = 'not-a-uuid'"],
      ['period backwards', "UPDATE institution SET period_start = '2030-01-01', period_end = '2020-01-01'"],
      ['huge revision', 'UPDATE plan_meta SET revision = 9007199254740993'],
    ];
    for (const [label, sql] of cases) {
      const bytes = await altered(SQL, (db) => db.run(sql));
      expect(codeOf(() => openPlanBytes(SQL, bytes)), label).toBe('FILE_INVARIANT');
    }
  });

  it('refuses a unit tree with a cycle', async () => {
    const SQL = await sqlJs();
    const bytes = await altered(SQL, (db) => {
      const stamps = "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 'a', 'a'";
      const a = '11111111-1111-4111-8111-111111111111';
      const b = '22222222-2222-4222-8222-222222222222';
      db.run('PRAGMA foreign_keys = OFF');
      db.run(`INSERT INTO org_unit (id, parent_id, name, created_at, updated_at, created_by, updated_by) VALUES ('${a}', '${b}', 'A', ${stamps})`);
      db.run(`INSERT INTO org_unit (id, parent_id, name, created_at, updated_at, created_by, updated_by) VALUES ('${b}', '${a}', 'B', ${stamps})`);
    });
    expect(codeOf(() => openPlanBytes(SQL, bytes))).toBe('FILE_INVARIANT');
  });

  it('refuses broken references between records', async () => {
    const SQL = await sqlJs();
    const bytes = await altered(SQL, (db) => {
      db.run('PRAGMA foreign_keys = OFF');
      db.run(
        "INSERT INTO account (id, platform, unit_id, created_at, updated_at, created_by, updated_by) VALUES ('33333333-3333-4333-8333-333333333333', 'x', 'missing', '2026-01-01', '2026-01-01', 'a', 'a')",
      );
    });
    expect(codeOf(() => openPlanBytes(SQL, bytes))).toBe('FILE_CORRUPT');
  });

  it('opens a plan from a newer Rumbo read-only, saying why', async () => {
    const SQL = await sqlJs();
    const bytes = await altered(SQL, (db) => db.run(`PRAGMA user_version = ${FORMAT_VERSION + 5}`));
    const opened = openPlanBytes(SQL, bytes);
    expect(opened.readOnly).toBe(true);
    expect(opened.readOnlyReason?.code).toBe('FILE_NEWER_VERSION');
    expect(selectValue(opened.db, 'SELECT count(*) FROM institution')).toBe(1);
    opened.db.close();
  });

  it('survives single-byte corruptions all over a plan without crashing (typed error or a sound plan)', async () => {
    const SQL = await sqlJs();
    const bytes = await planBytes();
    let refused = 0;
    // About 400 offsets spread over the whole file, whatever its size.
    const step = Math.max(1, Math.floor(bytes.length / 400)) | 1;
    for (let offset = 0; offset < bytes.length; offset += step) {
      const damaged = bytes.slice();
      damaged[offset] = damaged[offset]! ^ 0x5a;
      const code = codeOf(() => {
        const opened = openPlanBytes(SQL, damaged);
        opened.db.close();
      });
      if (code !== 'opened') refused++;
    }
    expect(refused).toBeGreaterThan(0);
  });
});
