import initSqlJs, { type SqlJsStatic } from 'sql.js';
import { createRequire } from 'node:module';

let loading: Promise<SqlJsStatic> | null = null;

/** sql.js for Node (command line, tests, Electron main): the wasm is read from node_modules. */
export function loadSqlJsForNode(): Promise<SqlJsStatic> {
  if (!loading) {
    const require = createRequire(import.meta.url);
    const wasmPath = require.resolve('sql.js/dist/sql-wasm.wasm');
    loading = initSqlJs({ locateFile: () => wasmPath });
  }
  return loading;
}
