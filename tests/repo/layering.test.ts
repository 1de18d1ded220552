import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');

function sourceFiles(folder: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(join(ROOT, folder))) {
    const path = join(folder, entry);
    if (statSync(join(ROOT, path)).isDirectory()) found.push(...sourceFiles(path));
    else if (/\.(ts|tsx|mts|mjs)$/.test(entry)) found.push(path);
  }
  return found;
}

function importsOf(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const specifiers: string[] = [];
  for (const match of text.matchAll(/(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g)) {
    specifiers.push(match[1] ?? match[2] ?? match[3]!);
  }
  return specifiers;
}

const NODE_BUILTINS = /^(node:|fs$|fs\/|path$|os$|child_process$|crypto$|url$|module$|worker_threads$|stream$|buffer$|util$|zlib$|net$|http$|https$)/;

/** The folder a relative import lands in, from the repository root. */
function target(file: string, specifier: string): string {
  return specifier.startsWith('.') ? relative(ROOT, join(ROOT, file, '..', specifier)) : specifier;
}

describe('layering (ARCHITECTURE.md)', () => {
  it('shared/ is environment-free: no Node, no Electron, no React, nothing from electron/ or renderer/', () => {
    for (const file of sourceFiles('shared')) {
      for (const specifier of importsOf(file)) {
        const where = target(file, specifier);
        expect(NODE_BUILTINS.test(specifier) || specifier === 'electron' || specifier.startsWith('react'), `${file} imports ${specifier}`).toBe(false);
        expect(where.startsWith('electron') || where.startsWith('renderer'), `${file} imports ${specifier}`).toBe(false);
      }
    }
  });

  it('renderer/src never imports Node or Electron, nor the Electron side of the repository', () => {
    for (const file of sourceFiles('renderer/src')) {
      for (const specifier of importsOf(file)) {
        const where = target(file, specifier);
        expect(NODE_BUILTINS.test(specifier) || specifier === 'electron', `${file} imports ${specifier}`).toBe(false);
        expect(where.startsWith('electron'), `${file} imports ${specifier}`).toBe(false);
      }
    }
  });

  it('only electron/main and electron/preload import electron (the store and the command line run in plain Node)', () => {
    for (const file of sourceFiles('electron')) {
      if (file.startsWith('electron/main/') || file.startsWith('electron/preload/')) continue;
      expect(importsOf(file), file).not.toContain('electron');
    }
  });

  it('SQL lives only in shared/db', () => {
    const sqlKeyword = /\b(SELECT\s+[\w*]|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|CREATE\s+TABLE)\b/;
    for (const folder of ['shared', 'renderer/src', 'electron']) {
      for (const file of sourceFiles(folder)) {
        if (file.startsWith('shared/db/')) continue;
        expect(sqlKeyword.test(readFileSync(join(ROOT, file), 'utf8')), `${file} contains SQL`).toBe(false);
      }
    }
  });

  it('unit tests never load the real electron module', () => {
    for (const file of sourceFiles('tests')) {
      if (!importsOf(file).includes('electron')) continue;
      const text = readFileSync(join(ROOT, file), 'utf8');
      expect(/vi\.mock\(\s*['"]electron['"]/.test(text), `${file} imports electron without mocking it`).toBe(true);
    }
  });
});
