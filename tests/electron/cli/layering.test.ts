import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const CLI_DIR = fileURLToPath(new URL('../../../electron/cli/', import.meta.url));

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => (entry.isDirectory() ? sourceFiles(path.join(dir, entry.name)) : Promise.resolve([path.join(dir, entry.name)]))),
  );
  return nested.flat().filter((file) => file.endsWith('.ts'));
}

describe('the command line is plain Node', () => {
  it('imports no electron (whose binary cannot be fetched here) and nothing of the renderer', async () => {
    const files = await sourceFiles(CLI_DIR);
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const source = await fs.readFile(file, 'utf8');
      const specifiers = [...source.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map((match) => match[1]!);
      for (const specifier of specifiers) {
        expect(specifier, path.relative(CLI_DIR, file)).not.toMatch(/^electron(\/|$)|\/renderer\/|\/main\/|\/preload\//);
      }
    }
  });
});
