import { describe, expect, it } from 'vitest';
import { findHeaderRow, knownTitles, recogniseColumns, recogniseTitle } from '../../../shared/inventory/columns';
import { foldText } from '../../../shared/inventory/fold';
import type { SheetRow } from '../../../shared/inventory/sheet';
import { parseBoolean, parseCount, parseDate, parseDecimal, parsePlatform, parsePurpose, parseStatus, splitLanguages, splitPeople, unneutralise } from '../../../shared/inventory/values';
import { neutralise } from '../../../shared/inventory/export-sheet';
import { PLATFORM_CODES } from '../../../shared/model/accounts';
import { translate } from '../../../shared/i18n';
import { ROW_PROBLEM_CODES } from '../../../shared/inventory/problems';

const value = <T>(parsed: { ok: true; value: T } | { ok: false }) => (parsed.ok ? parsed.value : 'FAIL');

describe('column titles', () => {
  it.each([
    ['Plataforma', 'platform'], ['PLATFORM', 'platform'], ['Red social', 'platform'], ['Red Social:', 'platform'],
    ['Usuario', 'handle'], ['Handle', 'handle'], ['Cuenta', 'handle'], ['Account', 'handle'],
    ['URL', 'url'], ['Enlace', 'url'], ['Dirección', 'url'], ['direccion web', 'url'],
    ['Nombre', 'displayName'], ['Display name', 'displayName'], ['Nombre de la cuenta', 'displayName'],
    ['Unidad', 'unit'], ['Unit', 'unit'], ['Departamento', 'unit'], ['Servicio', 'unit'], ['Área', 'unit'], ['AREA', 'unit'],
    ['Estado', 'status'], ['Status', 'status'], ['Finalidad', 'purpose'], ['Purpose', 'purpose'],
    ['Público', 'audience'], ['Audience', 'audience'], ['Idiomas', 'languages'], ['Languages', 'languages'],
    ['Seguidores', 'followers'], ['Followers', 'followers'], ['Nº de seguidores', 'followers'], ['Número de seguidores', 'followers'],
    ['Publicaciones por semana', 'postsPerWeek'], ['Posts per week', 'postsPerWeek'], ['Publicaciones/semana', 'postsPerWeek'],
    ['Última publicación', 'lastPostOn'], ['ULTIMA PUBLICACION', 'lastPostOn'], ['Last post', 'lastPostOn'], ['Fecha de la última publicación', 'lastPostOn'],
    ['Verificada', 'verified'], ['Verified', 'verified'],
    ['Gestores', 'managers'], ['Managers', 'managers'], ['Personas', 'managers'],
    ['Custodia de credenciales', 'credentialsHolder'], ['Credentials holder', 'credentialsHolder'],
    ['2FA', 'twoFactor'], ['Verificación en dos pasos', 'twoFactor'], ['Two-factor authentication', 'twoFactor'],
    ['Correo de recuperación corporativo', 'recoveryEmailCorporate'], ['Corporate recovery e-mail', 'recoveryEmailCorporate'],
    ['Fecha de apertura', 'openedOn'], ['Opened on', 'openedOn'], ['Notas', 'notes'], ['Notes', 'notes'], ['Observaciones', 'notes'],
  ])('"%s" is %s', (title, field) => {
    expect(recogniseTitle(title)).toBe(field);
  });

  it('recognises Rumbo\'s own export titles in both languages', () => {
    for (const lang of ['es', 'en'] as const) {
      const titles = ['platform', 'handle', 'url', 'notes', 'twoFactor', 'recoveryEmailCorporate'] as const;
      for (const field of titles) expect(recogniseTitle(translate(lang, `transfer.columns.${field}`))).toBe(field);
    }
  });

  it('never claims one title for two fields', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const { field, title } of knownTitles()) {
      const key = foldText(title);
      const previous = owner.get(key);
      if (previous && previous !== field) clashes.push(`${title}: ${previous} / ${field}`);
      owner.set(key, field);
    }
    expect(clashes).toEqual([]);
  });

  it('leaves unknown titles unmapped and gives a field to its first column only', () => {
    expect(recogniseColumns(['Plataforma', 'Color favorito', 'Red social', ''])).toEqual(['platform', null, null, null]);
  });

  it('finds the title row below a sheet title and blank rows', () => {
    const rows: SheetRow[] = [
      ['Inventario de cuentas del Ayuntamiento'], ['Actualizado: 01/02/2025'], [], ['Red social', 'Usuario', 'Unidad'], ['X', '@a', 'Cultura'],
    ].map((cells, index) => ({ line: index + 1, cells, readProblem: null }));
    expect(findHeaderRow(rows)).toEqual({ index: 3, recognised: 3 });
    const unknown = [['a', 'b'], ['1', '2']].map((cells, index) => ({ line: index + 1, cells, readProblem: null }));
    expect(findHeaderRow(unknown)).toEqual({ index: 0, recognised: 0 });
  });
});

describe('row problems', () => {
  it('every problem code has a message in both languages', () => {
    for (const code of ROW_PROBLEM_CODES) {
      for (const lang of ['es', 'en'] as const) expect(translate(lang, `transfer.problems.${code}`, { value: 'v', max: 1, length: 2, count: 3, column: 4, options: 'o' })).not.toContain('transfer.problems');
    }
  });
});

describe('cell values', () => {
  it('recognises every network by code, by its name in both languages and by common variants', () => {
    for (const code of PLATFORM_CODES) {
      expect(value(parsePlatform(code))).toBe(code);
      expect(value(parsePlatform(translate('es', `inventory.platforms.${code}`)))).toBe(code);
      expect(value(parsePlatform(translate('en', `inventory.platforms.${code}`)))).toBe(code);
    }
    expect(value(parsePlatform('Twitter'))).toBe('x');
    expect(value(parsePlatform('X/Twitter'))).toBe('x');
    expect(value(parsePlatform('WhatsApp'))).toBe('whatsapp_channel');
    expect(value(parsePlatform('Tik Tok'))).toBe('tiktok');
    expect(parsePlatform('Vimeo')).toMatchObject({ ok: false, code: 'unknownPlatform', params: { value: 'Vimeo' } });
  });

  it('reads statuses and purposes in both languages, listing the valid ones when not understood', () => {
    expect(['Activa', 'active', 'INACTIVA', 'Dormant', 'Por cerrar', 'to close', 'Cerrada', 'Propuesta'].map((text) => value(parseStatus(text, 'es')))).toEqual([
      'active', 'active', 'dormant', 'dormant', 'to_close', 'to_close', 'closed', 'proposed',
    ]);
    expect(['Informativa', 'relational', 'Atención a la ciudadanía', 'Citizen service'].map((text) => value(parsePurpose(text, 'es')))).toEqual([
      'informative', 'relational', 'citizen_service', 'citizen_service',
    ]);
    const failed = parseStatus('regular', 'es');
    expect(failed).toMatchObject({ ok: false, code: 'unknownStatus' });
    expect(!failed.ok && failed.params?.options).toBe('Propuesta, Activa, Inactiva, Por cerrar, Cerrada');
  });

  it('reads yes, no and "not known"', () => {
    expect(['sí', 'SI', 'Yes', 'true', '1', 'x', 'Activada', 'corporativo'].map((text) => value(parseBoolean(text)))).toEqual(Array(8).fill(true));
    expect(['no', 'NO', 'false', '0', 'desactivada', 'personal'].map((text) => value(parseBoolean(text)))).toEqual(Array(6).fill(false));
    expect(['No consta', 'unknown', '?', '-', 'n/a'].map((text) => value(parseBoolean(text)))).toEqual(Array(5).fill(null));
    expect(parseBoolean('quizá')).toMatchObject({ ok: false, code: 'badBoolean' });
  });

  it('reads Spanish and ISO dates, refusing impossible ones', () => {
    expect(['31/01/2025', '1/2/2025', '01-02-2025', '01.02.2025', '2025-02-01', '2025-02-01T10:00:00Z', '2025/2/1', '1/2/25', '45689'].map((text) => value(parseDate(text)))).toEqual([
      '2025-01-31', '2025-02-01', '2025-02-01', '2025-02-01', '2025-02-01', '2025-02-01', '2025-02-01', '2025-02-01', '2025-02-01',
    ]);
    for (const bad of ['31/02/2025', '2025-13-01', '12/31/2025', 'ayer', '2025']) expect(parseDate(bad)).toMatchObject({ ok: false, code: 'badDate' });
  });

  it('reads counts with Spanish or English thousands separators, and decimals with comma or point', () => {
    expect(['12.345', '12,345', '1.234.567', '12 345', '12\u00a0345', '987', '12K', '1,5 mil', '2M'].map((text) => value(parseCount(text)))).toEqual([
      12345, 12345, 1234567, 12345, 12345, 987, 12000, 1500, 2000000,
    ]);
    expect(parseCount('1,5')).toMatchObject({ ok: false, code: 'badInteger' });
    expect(parseCount('doce')).toMatchObject({ ok: false, code: 'badNumber' });
    expect(parseCount('-3')).toMatchObject({ ok: false });
    expect(['1,5', '1.5', '3', '1.234,5', '1,234.5', '0,25'].map((text) => value(parseDecimal(text)))).toEqual([1.5, 1.5, 3, 1234.5, 1234.5, 0.25]);
    expect(parseDecimal('1,2,3')).toMatchObject({ ok: false });
  });

  it('splits people only on ";" and line breaks (a comma belongs to "Pérez García, Ana"), languages also on commas', () => {
    expect(splitPeople('Pérez García, Ana; Luis Gil\nMarta;; luis gil')).toEqual(['Pérez García, Ana', 'Luis Gil', 'Marta']);
    expect(splitLanguages('es, ca / en;ES')).toEqual(['es', 'ca', 'en']);
  });

  it('undoes exactly the quote the export adds against formula injection', () => {
    for (const text of ['=1+1', '+34 600', '-x', '@ayto', '\t=x', "'=ya citado", "'normal", 'normal', "''@doble"]) {
      expect(unneutralise(neutralise(text))).toBe(text);
    }
    expect(neutralise('=1+1')).toBe("'=1+1");
    expect(neutralise('@ayto')).toBe("'@ayto");
    expect(neutralise('ayto')).toBe('ayto');
  });
});
