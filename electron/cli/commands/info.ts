import { formatDate, type MessageKey } from '../../../shared/i18n';
import type { PlanCounts, PlanInfo } from '../../../shared/model/plan';
import { COMMON_OPTIONS, type Command } from '../command';
import type { CommandContext } from '../context';
import { createEngine } from '../engine';
import { openPlanReadOnly } from '../plan-file';

/** Typed by PlanCounts, so a section that adds a count cannot forget to label it. */
const COUNT_LABELS: { [K in keyof PlanCounts]: MessageKey } = {
  units: 'cli.info.counts.units',
  accounts: 'cli.info.counts.accounts',
  people: 'cli.info.counts.people',
  findings: 'cli.info.counts.findings',
  swotItems: 'cli.info.counts.swotItems',
  cameOptions: 'cli.info.counts.cameOptions',
  objectives: 'cli.info.counts.objectives',
  kpis: 'cli.info.counts.kpis',
  strategyLines: 'cli.info.counts.strategyLines',
  tactics: 'cli.info.counts.tactics',
};

/** `rumbo info <file.rumbo> [--json]`: the engine's plan.info, as one JSON object or as text. */
export const infoCommand: Command = {
  syntax: { positionals: ['plan'], options: { ...COMMON_OPTIONS, json: 'flag' } },
  async run({ positionals: [file], flags }, context) {
    const engine = await createEngine(context.lang);
    await openPlanReadOnly(engine, file!, context.t);
    const info = await engine.call('plan.info');
    if (flags.has('json')) context.print(JSON.stringify(info));
    else for (const line of summary(info, context)) context.print(line);
  },
};

function summary(info: PlanInfo, { t, lang }: CommandContext): string[] {
  const [start = '', end = ''] = info.plan.period.split('/');
  const typeKey = `common.institutionTypes.${info.institution.type}` as MessageKey;
  const counts = (Object.keys(COUNT_LABELS) as (keyof PlanCounts)[]).map((key) => t(COUNT_LABELS[key], { count: info.counts[key] }));
  return [
    t('cli.info.institution', { name: info.institution.name, type: t(typeKey) }),
    t('cli.info.title', { title: info.plan.title }),
    t('cli.info.period', { start: formatDate(lang, start), end: formatDate(lang, end) }),
    t('cli.info.status', {
      status: t(`common.planStatuses.${info.plan.status}`),
      revision: info.plan.revision,
      language: t(`common.languages.${info.plan.language}` as MessageKey),
    }),
    t('cli.info.id', { id: info.plan.id }),
    counts.join(' · '),
  ];
}
