import { describe, expect, it } from 'vitest';
import { RumboError } from '../../../shared/errors';
import { readCsv, detectDelimiter } from '../../../shared/inventory/csv-read';
import { freshEngine, utf16le, utf8, utf8Bom, windows1252 } from './fixtures';

const SPANISH = 'Plataforma;Usuario;Unidad;Notas\r\nFacebook;ayto.villanueva;Área de Cultura y Festejos;Ñandú, pingüino, 20 €\r\n';

function codeOf(work: () => unknown): string | undefined {
  try {
    work();
  } catch (error) {
    return error instanceof RumboError ? error.code : 'not a RumboError';
  }
  return undefined;
}

describe('reading CSV text', () => {
  it.each([
    ['UTF-8 without BOM', utf8(SPANISH), 'utf-8'],
    ['UTF-8 with BOM', utf8Bom(SPANISH), 'utf-8-bom'],
    ['Windows-1252 (Spanish Excel)', windows1252(SPANISH), 'windows-1252'],
    ['UTF-16 with BOM', utf16le(SPANISH), 'utf-16le'],
  ])('decodes %s, accents and € intact, BOM not in the first title', (_name, bytes, encoding) => {
    const sheet = readCsv(bytes);
    expect(sheet.encoding).toBe(encoding);
    expect(sheet.rows.map((row) => row.cells)).toEqual([
      ['Plataforma', 'Usuario', 'Unidad', 'Notas'],
      ['Facebook', 'ayto.villanueva', 'Área de Cultura y Festejos', 'Ñandú, pingüino, 20 €'],
    ]);
  });

  it.each([
    ['semicolon', 'Plataforma;Usuario;Notas\nX;@a;"uno, dos"\n', ';'],
    ['comma', 'Plataforma,Usuario,Notas\nX,@a,"uno; dos"\n', ','],
    ['tab', 'Plataforma\tUsuario\tNotas\nX\t@a\tuno, dos; tres\n', '\t'],
  ])('detects the %s delimiter from the title row', (_name, text, delimiter) => {
    const sheet = readCsv(utf8(text));
    expect(sheet.delimiter).toBe(delimiter);
    expect(sheet.rows[1]!.cells).toHaveLength(3);
  });

  it('ignores delimiters inside quoted titles when detecting, and prefers ";" on a tie', () => {
    expect(detectDelimiter('"Red, social";"Usuario, cuenta";Notas\n1,2,3,4,5,6\n')).toBe(';');
    expect(detectDelimiter('Plataforma\n')).toBe(';');
    expect(detectDelimiter('a;b,c\n')).toBe(';');
  });

  it('keeps delimiters, line breaks and doubled quotes inside quoted cells, numbering rows as a spreadsheet does', () => {
    const sheet = readCsv(utf8('Plataforma;Notas\r\nX;"una; dos\r\ntres ""citado"""\r\nFacebook;fin\r\n'));
    expect(sheet.rows.map((row) => [row.line, row.cells])).toEqual([
      [1, ['Plataforma', 'Notas']],
      [2, ['X', 'una; dos\r\ntres "citado"']],
      [3, ['Facebook', 'fin']],
    ]);
    expect(sheet.rows.every((row) => row.readProblem === null)).toBe(true);
  });

  it('reports an unclosed quote on the row where it starts, without failing the file', () => {
    const sheet = readCsv(utf8('Plataforma;Notas\nX;bien\nFacebook;"sin cerrar\nInstagram;otra\n'));
    expect(sheet.rows[1]!.readProblem).toBeNull();
    expect(sheet.rows[2]!.readProblem).toBe('missingQuotes');
    expect(sheet.rows[2]!.line).toBe(3);
  });

  it('reports text after a closing quote as a quoting problem', () => {
    const sheet = readCsv(utf8('Plataforma;Notas\nX;"mal"puesto\n'));
    expect(sheet.rows[1]!.readProblem).not.toBeNull();
  });

  it('refuses an empty or blank file, and a binary one, with clear codes', () => {
    expect(codeOf(() => readCsv(new Uint8Array(0)))).toBe('IMPORT_EMPTY');
    expect(codeOf(() => readCsv(utf8(' \r\n\r\n;;;\n'.replace(/;/g, ' '))))).toBe('IMPORT_EMPTY');
    expect(codeOf(() => readCsv(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 0])))).toBe('IMPORT_UNREADABLE');
  });

  it('keeps formula-looking cells as plain text: nothing is evaluated', () => {
    const sheet = readCsv(utf8('Plataforma;Notas\nX;=1+1\nX;"=HYPERLINK(""http://mal.example"",""pulse"")"\nX;@SUM(A1)\nX;-2+3\n'));
    expect(sheet.rows.slice(1).map((row) => row.cells[1])).toEqual(['=1+1', '=HYPERLINK("http://mal.example","pulse")', '@SUM(A1)', '-2+3']);
  });
});

describe('CSV through the engine preview', () => {
  it('reads a Windows-1252 file with ";" and Spanish titles into accounts, accents intact', async () => {
    const engine = await freshEngine();
    const preview = await engine.call('accounts.importPreview', {
      bytes: windows1252('Red social;Usuario;Unidad;Última publicación;Seguidores\r\nInstagram;@cultura;Área de Cultura;31/01/2025;12.345\r\n'),
      fileName: 'cuentas.csv',
    });
    expect(preview).toMatchObject({ format: 'csv', encoding: 'windows-1252', delimiter: ';', headerLine: 1, valid: 1, invalid: 0 });
    expect(preview.mapping).toEqual(['platform', 'handle', 'unit', 'lastPostOn', 'followers']);
    expect(preview.unitsToCreate).toEqual(['Área de Cultura']);
  });

  it('gives an empty file, a titles-only file and a blank file plain messages', async () => {
    const engine = await freshEngine();
    const failure = (bytes: Uint8Array) => engine.call('accounts.importPreview', { bytes, fileName: 'x.csv' }).then(
      () => null,
      (error: RumboError) => error.code,
    );
    expect(await failure(new Uint8Array(0))).toBe('IMPORT_EMPTY');
    expect(await failure(utf8Bom(''))).toBe('IMPORT_EMPTY');
    expect(await failure(utf8('Plataforma;Usuario\r\n\r\n;\r\n'))).toBe('IMPORT_NO_ROWS');
    expect(await failure(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBe('IMPORT_OLD_EXCEL');
  });

  it('reports a malformed quote as a row problem with the line the user sees', async () => {
    const engine = await freshEngine();
    const preview = await engine.call('accounts.importPreview', {
      bytes: utf8('Plataforma;Usuario;Notas\nX;@bien;ok\nFacebook;ayto;"sin cerrar\nInstagram;@perdida;x\n'),
      fileName: 'x.csv',
    });
    expect(preview.valid).toBe(1);
    expect(preview.rows[1]).toMatchObject({ line: 3, problems: [{ field: null, code: 'missingQuotes' }] });
    expect(preview.rows[1]!.problems[0]!.message).toContain('comillas');
  });

  it('caps a huge field: the row is reported, the preview stays small', async () => {
    const engine = await freshEngine();
    const huge = 'a'.repeat(2_000_000);
    const preview = await engine.call('accounts.importPreview', { bytes: utf8(`Plataforma;Usuario;Notas\nX;@a;${huge}\nX;@b;corta\n`), fileName: 'x.csv' });
    expect(preview.rows[0]!.problems).toMatchObject([{ field: 'notes', code: 'tooLong' }]);
    expect(preview.rows[0]!.problems[0]!.message).toContain('2.000.000');
    expect(JSON.stringify(preview).length).toBeLessThan(10_000);
    expect(preview.valid).toBe(1);
  });

  it('refuses a file over 10 MB and one with more than 20,000 rows', async () => {
    const engine = await freshEngine();
    const big = utf8(`Plataforma;Notas\nX;${'n'.repeat(10 * 1024 * 1024)}\n`);
    await expect(engine.call('accounts.importPreview', { bytes: big, fileName: 'x.csv' })).rejects.toMatchObject({ code: 'IMPORT_TOO_LARGE' });
    const many = utf8(`Plataforma;Usuario\n${'X;@a\n'.repeat(20_001)}`);
    await expect(engine.call('accounts.importPreview', { bytes: many, fileName: 'x.csv' })).rejects.toMatchObject({
      code: 'IMPORT_TOO_MANY_ROWS',
      params: { count: 20_001, max: 20_000 },
    });
  });

  it('imports formula-looking cells as text', async () => {
    const engine = await freshEngine();
    const bytes = utf8('Plataforma;Usuario;Nombre;Notas\nX;@a;=1+2;"=HYPERLINK(""http://mal.example"")"\n');
    await engine.call('accounts.importPreview', { bytes, fileName: 'x.csv' });
    await engine.call('accounts.importCommit', { bytes, fileName: 'x.csv' });
    const [account] = (await engine.call('inventory.get')).accounts;
    expect(account).toMatchObject({ displayName: '=1+2', notes: '=HYPERLINK("http://mal.example")' });
  });
});
