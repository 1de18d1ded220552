import { describe, expect, it } from 'vitest';
import { es } from '../../shared/i18n/catalog/es';
import { en } from '../../shared/i18n/catalog/en';
import { formatDate, translate } from '../../shared/i18n';
import type { MessageTree } from '../../shared/i18n/types';

function leaves(tree: MessageTree, prefix = ''): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const [key, node] of Object.entries(tree)) {
    const path = `${prefix}${key}`;
    if (typeof node === 'string') found.set(path, [node]);
    else if ('one' in node && 'other' in node && typeof node.one === 'string') found.set(path, [node.one as string, node.other as string]);
    else for (const [inner, texts] of leaves(node as MessageTree, `${path}.`)) found.set(inner, texts);
  }
  return found;
}

const placeholders = (texts: string[]) => [...new Set(texts.flatMap((text) => text.match(/\{\w+\}/g) ?? []))].sort();

describe('message catalogs', () => {
  const spanish = leaves(es as MessageTree);
  const english = leaves(en as MessageTree);

  it('English has exactly the keys of Spanish', () => {
    expect([...english.keys()].sort()).toEqual([...spanish.keys()].sort());
  });

  it('keys are plain words (a dot inside a key would make it unreachable)', () => {
    const walk = (tree: MessageTree, path: string) => {
      for (const [key, node] of Object.entries(tree)) {
        expect(key, `${path}${key}`).toMatch(/^[A-Za-z0-9_]+$/);
        if (typeof node === 'object' && !('one' in node)) walk(node as MessageTree, `${path}${key}.`);
      }
    };
    walk(es as MessageTree, '');
    walk(en as MessageTree, '');
  });

  it('no message is empty, and both languages use the same placeholders', () => {
    for (const [key, texts] of spanish) {
      const other = english.get(key)!;
      for (const text of [...texts, ...other]) expect(text.trim().length, key).toBeGreaterThan(0);
      expect(placeholders(other), key).toEqual(placeholders(texts));
    }
  });

  it('every error code has a message that needs no technical knowledge', () => {
    for (const [key, texts] of spanish) {
      if (!key.startsWith('errors.')) continue;
      for (const text of texts) expect(text, key).not.toMatch(/exception|stack|errno|null|undefined/i);
    }
  });

  it('fills placeholders and formats numbers and dates the Spanish way', () => {
    expect(translate('es', 'errors.FILE_NEWER_VERSION', { found: 3, supported: 1 })).toContain('formato 3');
    expect(translate('es', 'ui.profile.revision', { revision: 12345, format: 1 })).toContain('12.345');
    expect(translate('en', 'ui.profile.revision', { revision: 12345, format: 1 })).toContain('12,345');
    expect(formatDate('es', '2026-01-01', 'long')).toBe('1 de enero de 2026');
    expect(formatDate('es', '2026-12-31')).toBe('31/12/2026');
    expect(formatDate('es', 'not a date')).toBe('not a date');
  });
});
