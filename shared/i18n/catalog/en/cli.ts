import type { SameShape } from '../../types';
import type { cli as es } from '../es/cli';

export const cli: SameShape<typeof es> = {
  usage: [
    'Usage: rumbo <command> [arguments] [options]',
    '',
    'Commands:',
    '  new <file.rumbo> --name "<institution>" [--type <type>] [--lang es|en]',
    '      Creates a new plan (never overwrites an existing file).',
    '      The plan is written in the --lang language; without --lang, in Spanish.',
    '  check <file.rumbo>',
    '      Checks that the file is a sound Rumbo plan.',
    '  info <file.rumbo> [--json]',
    '      Shows whose plan it is, its title, period and status.',
    '  export <file.rumbo> <document.docx> [--lang es|en]',
    '      Produces the Word document of the plan.',
    '  sample <file.rumbo>',
    '      Writes the sample plan that comes with Rumbo.',
    '',
    'Institution types: {types}',
    '--lang also chooses the language of the messages (otherwise taken from LANG/LC_ALL; Spanish by default).',
  ].join('\n'),
  arguments: {
    plan: '<file.rumbo>',
    document: '<document.docx>',
  },
  usageErrors: {
    missingCommand: 'The command is missing.',
    unknownCommand: 'Unknown command: "{command}".',
    unknownOption: 'The "{command}" command does not take the option {option}.',
    missingValue: 'The value of {option} is missing.',
    unexpectedValue: 'The option {option} takes no value.',
    repeatedOption: 'The option {option} is given more than once.',
    missingOption: 'The required option {option} is missing.',
    missingArgument: 'The argument {argument} is missing.',
    extraArgument: 'Unexpected argument "{argument}".',
    badType: 'Not a valid institution type: "{value}".',
    badLang: 'Not a valid language: "{value}". Use es or en.',
    badExtension: 'The file "{path}" must end in {extension}.',
    sameFile: 'The document cannot be written over the plan itself.',
  },
  readProblems: {
    notAFile: 'not a file',
  },
  done: {
    created: 'Plan created: {path} ({institution}).',
    checked: 'OK: {path} is a sound Rumbo plan ({institution}, revision {revision}).',
    exported: 'Document written: {path} ({size}).',
    sample: 'Sample plan written: {path} ({institution}).',
  },
  info: {
    institution: 'Institution: {name} ({type})',
    title: 'Plan: {title}',
    period: 'Period: from {start} to {end}',
    status: 'Status: {status} · revision {revision} · document language: {language}',
    id: 'Identifier: {id}',
    counts: {
      units: { one: '{count} organisational unit', other: '{count} organisational units' },
      accounts: { one: '{count} account', other: '{count} accounts' },
    },
  },
};
