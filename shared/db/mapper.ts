import type { Row, SqlValue } from './tables';

/** How a domain field is stored in its column. */
export type FieldKind = 'text' | 'textOrNull' | 'integer' | 'real' | 'realOrNull';

export type FieldSpec = readonly [column: string, kind: FieldKind];

export interface RowMapper<T> {
  columns: readonly string[];
  fromRow(row: Row): T;
  /** Column values for the fields present (undefined fields are left out). */
  toColumns(fields: Partial<T>): Row;
}

function read(value: SqlValue | undefined, kind: FieldKind): unknown {
  switch (kind) {
    case 'text':
      return String(value ?? '');
    case 'textOrNull':
      return value === null || value === undefined ? null : String(value);
    case 'integer':
    case 'real':
      return Number(value ?? 0);
    case 'realOrNull':
      return value === null || value === undefined ? null : Number(value);
  }
}

/**
 * A two-way mapping between a domain record and its table row, declared once per table so
 * that reading and writing cannot drift apart.
 */
export function rowMapper<T extends { id: string }>(spec: { [K in keyof T]: FieldSpec }): RowMapper<T> {
  const entries = Object.entries(spec) as [keyof T & string, FieldSpec][];
  return {
    columns: entries.map(([, [column]]) => column),
    fromRow(row) {
      const record = {} as Record<string, unknown>;
      for (const [field, [column, kind]] of entries) record[field] = read(row[column], kind);
      return record as T;
    },
    toColumns(fields) {
      const row: Row = {};
      for (const [field, [column]] of entries) {
        const value = fields[field];
        if (value !== undefined && field !== 'id') row[column] = value as SqlValue;
      }
      return row;
    },
  };
}
