import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../../shared/i18n';
import { findLangOption, parseCommandArgs, type CommandSyntax } from '../../../electron/cli/args';
import { languageFromEnvironment } from '../../../electron/cli/language';
import { UsageError } from '../../../electron/cli/usage';
import { rumbo, useTempDir } from './helpers';

const syntax: CommandSyntax = { positionals: ['plan'], options: { lang: 'value', name: 'value', json: 'flag' }, required: ['name'] };
const t = translatorFor('es');

function problemOf(argv: string[]): string {
  try {
    parseCommandArgs('new', argv, syntax, t);
  } catch (error) {
    if (error instanceof UsageError) return error.problem;
    throw error;
  }
  return 'none';
}

describe('argument parsing', () => {
  it('reads positionals, values in both spellings and flags', () => {
    const parsed = parseCommandArgs('new', ['a.rumbo', '--name', 'Ayto', '--json', '--lang=en'], syntax, t);
    expect(parsed.positionals).toEqual(['a.rumbo']);
    expect(parsed.values).toEqual({ name: 'Ayto', lang: 'en' });
    expect([...parsed.flags]).toEqual(['json']);
  });

  it('takes everything after -- as positional, so file names may start with a dash', () => {
    expect(parseCommandArgs('new', ['--name', 'A', '--', '-odd.rumbo'], syntax, t).positionals).toEqual(['-odd.rumbo']);
  });

  it.each([
    [['a.rumbo', '--name', 'A', '--colour', 'x'], 'unknownOption'],
    [['a.rumbo', '--name'], 'missingValue'],
    [['a.rumbo', '--name', '--json'], 'missingValue'],
    [['a.rumbo', '--name', 'A', '--json=yes'], 'unexpectedValue'],
    [['a.rumbo', '--name', 'A', '--name', 'B'], 'repeatedOption'],
    [['a.rumbo'], 'missingOption'],
    [['--name', 'A'], 'missingArgument'],
    [['a.rumbo', 'b.rumbo', '--name', 'A'], 'extraArgument'],
    [['a.rumbo', '-n', 'A'], 'unknownOption'],
  ])('refuses %j (%s)', (argv, problem) => {
    expect(problemOf(argv)).toBe(problem);
  });

  it('finds --lang before the command is known, leaving a missing value to the parser', () => {
    expect(findLangOption(['check', 'x', '--lang', 'en'])).toBe('en');
    expect(findLangOption(['check', '--lang=fr'])).toBe('fr');
    expect(findLangOption(['check', '--lang', '--json'])).toBeUndefined();
    expect(findLangOption(['check', '--', '--lang', 'en'])).toBeUndefined();
  });
});

describe('language of the messages', () => {
  it('follows LC_ALL, then LC_MESSAGES, then LANG, and is Spanish unless English is asked for', () => {
    expect(languageFromEnvironment({})).toBe('es');
    expect(languageFromEnvironment({ LANG: 'en_GB.UTF-8' })).toBe('en');
    expect(languageFromEnvironment({ LANG: 'en_GB.UTF-8', LC_ALL: 'es_ES.UTF-8' })).toBe('es');
    expect(languageFromEnvironment({ LANG: 'es_ES.UTF-8', LC_ALL: 'en_US.UTF-8' })).toBe('en');
    expect(languageFromEnvironment({ LANG: 'es_ES', LC_MESSAGES: 'en_US' })).toBe('en');
    expect(languageFromEnvironment({ LANG: 'C.UTF-8' })).toBe('es');
    expect(languageFromEnvironment({ LANG: 'fr_FR.UTF-8' })).toBe('es');
    expect(languageFromEnvironment({ LANG: 'en_US', LC_ALL: '' })).toBe('en');
  });
});

describe('usage errors from the command line', () => {
  const temp = useTempDir();

  it.each([
    [[]],
    [['frobnicate', 'x.rumbo']],
    [['check']],
    [['check', 'a.rumbo', 'b.rumbo']],
    [['info', 'a.rumbo', '--yaml']],
    [['new', 'a.rumbo']],
    [['new', 'a.rumbo', '--name', 'A', '--type', 'kingdom']],
    [['new', 'a.txt', '--name', 'A']],
    [['new', 'a.rumbo', '--name', 'A', '--lang', 'fr']],
    [['export', 'a.rumbo', 'out.pdf']],
    [['export', 'a.rumbo', 'a.rumbo.docx', '--lang']],
    [['sample', 'out.docx']],
    [['--lang', 'es']],
  ])('%j exits 2 with the reason and the usage text, writing nothing', async (argv) => {
    const run = await rumbo(argv.map((arg) => (arg.includes('.') ? temp.path(arg) : arg)));
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Uso: rumbo <orden>');
    expect(run.stderr.split('\n')[0]).not.toBe('');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('writes nothing when the arguments are refused', async () => {
    await rumbo(['new', temp.path('a.rumbo'), '--name', 'A', '--type', 'kingdom']);
    await rumbo(['new', temp.path('a.txt'), '--name', 'A']);
    await expect(import('node:fs/promises').then((fs) => fs.readdir(temp.dir()))).resolves.toEqual([]);
  });

  it('says what is wrong, in English with --lang en or an English environment', async () => {
    const byOption = await rumbo(['new', temp.path('a.rumbo'), '--name', 'A', '--type', 'kingdom', '--lang', 'en']);
    expect(byOption.stderr.split('\n')[0]).toBe('Not a valid institution type: "kingdom".');
    expect(byOption.stderr).toContain('Usage: rumbo <command>');

    const byEnvironment = await rumbo(['check'], { LANG: 'en_GB.UTF-8' });
    expect(byEnvironment.stderr.split('\n')[0]).toBe('The argument <file.rumbo> is missing.');

    const spanish = await rumbo(['check']);
    expect(spanish.stderr.split('\n')[0]).toBe('Falta el argumento <archivo.rumbo>.');
  });

  it('reports an unknown --lang value in the language of the environment', async () => {
    const run = await rumbo(['check', 'a.rumbo', '--lang', 'fr'], { LANG: 'en_US.UTF-8' });
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe('Not a valid language: "fr". Use es or en.');
  });

  it('prints the usage on stdout and exits 0 when help is asked for', async () => {
    for (const argv of [['--help'], ['help'], ['check', '-h'], ['new', '--help', '--lang', 'en']]) {
      const run = await rumbo(argv);
      expect(run.code).toBe(0);
      expect(run.stderr).toBe('');
      expect(run.stdout).toMatch(/^(Uso|Usage): rumbo/);
    }
  });
});
