/**
 * The yardstick for the Word export: pandoc writing the same content from Markdown to .docx — the
 * situation chapter, the action plan's chapters (SWOT and CAME, objectives and KPIs, strategy and
 * tactics, timeline, resources), governance, the measurement plan and the inventory annex, with
 * the tables, rows and columns the .docx has. It is a widely used document converter; the project
 * aims at an export no slower than it. Plain pipe tables and no charts: pandoc gets the easier job.
 */
import { execFile, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { daysInclusive, tacticEffort, type EffortTotal } from '../../shared/action/effort';
import { metricName } from '../../shared/action/metrics';
import { summaryByPlatform, summaryByUnit } from '../../shared/audit/summary';
import { ACCOUNTS_SHOWN } from '../../shared/docx/sections/action/strategy';
import { placeTactic, timelineScale } from '../../shared/docx/sections/action/timeline-scale';
import { swotWeight } from '../../shared/docx/sections/action/view';
import { MANAGERS_SHOWN } from '../../shared/docx/sections/governance';
import { nextMeasurement } from '../../shared/docx/sections/measurement';
import { formatDate, formatNumber, translate } from '../../shared/i18n';
import { CAME_STRATEGIES, SWOT_QUADRANTS, type Kpi, type SwotQuadrant, type SwotItem, type Tactic } from '../../shared/model/action';
import type { ActionPlan } from '../../shared/model/action-plan';
import type { Account } from '../../shared/model/accounts';
import type { Inventory } from '../../shared/model/inventory';

const run = promisify(execFile);

export function hasPandoc(): boolean {
  return spawnSync('pandoc', ['--version'], { stdio: 'ignore' }).status === 0;
}

const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) => translate('es', key, params);
const oneLine = (text: string) => text.replace(/\s+/g, ' ');
const cell = (text: string) => oneLine(text).replace(/\|/g, '\\|');
const bold = (text: string) => `**${text}**`;

const platform = (code: string) => t(`inventory.platforms.${code as 'x'}`);
const status = (code: string) => t(`inventory.statuses.${code as 'active'}`);
const number = (value: number) => formatNumber('es', value);
const hours = (value: number) => formatNumber('es', value, { maximumFractionDigits: 1 });
const fte = (value: number) => formatNumber('es', value, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const money = (value: number) => formatNumber('es', value, { style: 'currency', currency: 'EUR', minimumFractionDigits: 2, maximumFractionDigits: 2 });
const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;
const counted = (tactic: Tactic) => tactic.status !== 'cancelled';
const kpiName = (kpi: Kpi) => kpi.name || metricName('es', kpi.metric) || t('docplan.objectives.untitledKpi');

function table(headers: string[], rows: string[][]): string {
  return [`| ${headers.join(' | ')} |`, `|${headers.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`)].join('\n');
}

function groupBy<T>(records: readonly T[], keyOf: (record: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const record of records) {
    const list = groups.get(keyOf(record));
    if (list) list.push(record);
    else groups.set(keyOf(record), [record]);
  }
  return groups;
}

function dates(start: string | null, end: string | null): string {
  if (start && end) return t('docplan.strategy.range', { start: formatDate('es', start), end: formatDate('es', end) });
  if (start) return t('docplan.strategy.from', { date: formatDate('es', start) });
  if (end) return t('docplan.strategy.until', { date: formatDate('es', end) });
  return t('docplan.strategy.noDates');
}

/**
 * The whole plan as Markdown, its chapters in the order of the .docx. Left out, being small and
 * of a fixed size: the cover, document control, the key figures, the glossary and the charts.
 */
export function planMarkdown(inventory: Inventory, plan: ActionPlan): string {
  const names = planNames(inventory, plan);
  const chapters = [
    situationMarkdown(inventory, names),
    swotMarkdown(plan, names),
    objectivesMarkdown(plan, names),
    strategyMarkdown(plan, names),
    timelineMarkdown(plan, names),
    resourcesMarkdown(inventory, plan, names),
    governanceMarkdown(inventory, names),
    measurementMarkdown(plan, names),
    annexMarkdown(inventory, names),
  ];
  return `${chapters.filter((chapter) => chapter.length > 0).map((blocks) => blocks.join('\n\n')).join('\n\n')}\n`;
}

/** How one chapter names what another shows, as the .docx's view of the plan does ("D2 · …", "Objetivo 3: …", "Línea 1: …"). */
interface PlanNames {
  personName(id: string | null): string | undefined;
  unitName(id: string | null): string | undefined;
  accountsByUnit: Map<string, Account[]>;
  /** Each quadrant's items, weightiest first, then in the planner's order. */
  swot: Record<SwotQuadrant, SwotItem[]>;
  swotLabels(ids: readonly string[]): string;
  kpisOf(objectiveId: string): Kpi[];
  objectiveTitle(id: string): string | undefined;
  lineLabel(index: number): string;
  tacticsOf(lineId: string): Tactic[];
  accountsNote(ids: readonly string[]): string;
}

function planNames(inventory: Inventory, plan: ActionPlan): PlanNames {
  const people = new Map(inventory.people.map((person) => [person.id, person.name]));
  const units = new Map(inventory.units.map((unit) => [unit.id, unit.name]));
  const swot = Object.fromEntries(
    SWOT_QUADRANTS.map((quadrant) => [
      quadrant,
      plan.swot.filter((item) => item.quadrant === quadrant).sort((a, b) => swotWeight(b) - swotWeight(a) || a.position - b.position),
    ]),
  ) as Record<SwotQuadrant, SwotItem[]>;
  const swotLabel = new Map<string, string>();
  for (const quadrant of SWOT_QUADRANTS) {
    swot[quadrant].forEach((item, index) => swotLabel.set(item.id, t('docplan.swot.itemLabel', { code: `${t(`docplan.swot.codes.${quadrant}`)}${index + 1}`, text: item.text })));
  }
  const objectives = new Map(plan.objectives.map((objective, index) => [objective.id, t('docplan.objectives.heading', { number: index + 1, statement: objective.statement.trim().replace(/\.$/, '') })]));
  const kpis = groupBy(plan.kpis, (kpi) => kpi.objectiveId);
  const tactics = groupBy(plan.tactics, (tactic) => tactic.lineId);
  const accountLabel = new Map(inventory.accounts.map((account) => [account.id, `${platform(account.platform)} ${account.handle} (${status(account.status)})`]));
  return {
    personName: (id) => people.get(id ?? ''),
    unitName: (id) => units.get(id ?? ''),
    accountsByUnit: groupBy(inventory.accounts, (account) => (account.unitId !== null && units.has(account.unitId) ? account.unitId : '')),
    swot,
    swotLabels: (ids) => ids.flatMap((id) => swotLabel.get(id) ?? []).join('; '),
    kpisOf: (objectiveId) => kpis.get(objectiveId) ?? [],
    objectiveTitle: (id) => objectives.get(id),
    lineLabel: (index) => t('docplan.strategy.label', { number: index + 1, name: plan.lines[index]!.name }),
    tacticsOf: (lineId) => tactics.get(lineId) ?? [],
    accountsNote: (ids) => {
      const labels = ids.flatMap((id) => accountLabel.get(id) ?? []);
      if (labels.length === 0) return '';
      if (labels.length <= ACCOUNTS_SHOWN) return t('docplan.strategy.accounts', { accounts: labels.join(', ') });
      return t('docplan.strategy.accountsMore', { accounts: labels.slice(0, ACCOUNTS_SHOWN).join(', '), count: labels.length - ACCOUNTS_SHOWN });
    },
  };
}

/** Chapter "Análisis de la situación": the summaries, the map of units and the findings. */
function situationMarkdown(inventory: Inventory, names: PlanNames): string[] {
  const { units, accounts, findings } = inventory;
  return [
    `# ${t('document.situation.title')}`,
    `## ${t('document.situation.byPlatformTitle')}`,
    table(['Red social', 'Cuentas', 'Seguidores'], summaryByPlatform(accounts).map((entry) => [platform(entry.platform), String(entry.accounts), String(entry.followers)])),
    `## ${t('document.situation.byUnitTitle')}`,
    table(['Unidad', 'Propias', 'Total'], summaryByUnit(accounts, units).map((entry) => [names.unitName(entry.unitId) ?? '—', String(entry.own), String(entry.total)])),
    `## ${t('document.situation.mapTitle')}`,
    table(
      ['Unidad', 'Responsable', 'Cuentas'],
      units.map((unit) => [
        unit.name,
        names.personName(unit.responsibleId) ?? '',
        (names.accountsByUnit.get(unit.id) ?? []).slice(0, 12).map((a) => `${platform(a.platform)} ${a.handle} (${status(a.status)})`).join('; '),
      ]),
    ),
    `## ${t('document.situation.findingsTitle')}`,
    table(['Hallazgo', 'Gravedad', 'Cuentas', 'Qué hacer'], findings.map((f) => [t(`inventory.findings.${f.code}.title`), f.severity, String(f.count), t(`inventory.findings.${f.code}.fix`)])),
  ];
}

/** Chapter "DAFO y estrategias CAME": each quadrant as a list (the .docx draws the matrix), then the options by strategy. */
function swotMarkdown(plan: ActionPlan, names: PlanNames): string[] {
  const item = (entry: SwotItem) => {
    const evidence = entry.evidence.trim();
    return `- ${oneLine(names.swotLabels([entry.id]))} ${t('docplan.swot.weight', { weight: swotWeight(entry) })}${evidence ? ` — ${oneLine(evidence)}` : ''}`;
  };
  const blocks = [`# ${t('docplan.swot.title')}`, `## ${t('docplan.swot.matrixTitle')}`, t('docplan.swot.matrixIntro')];
  for (const quadrant of SWOT_QUADRANTS) {
    const items = names.swot[quadrant];
    blocks.push(bold(t(`action.quadrantsPlural.${quadrant}`)), items.length > 0 ? items.map(item).join('\n') : t('docplan.swot.noItems'));
  }
  blocks.push(`## ${t('docplan.swot.cameTitle')}`, t('docplan.swot.cameIntro'));
  for (const strategy of CAME_STRATEGIES) {
    const options = plan.came.filter((option) => option.strategy === strategy);
    if (options.length === 0) continue;
    blocks.push(
      `### ${t(`action.strategies.${strategy}`)}`,
      t(`docplan.swot.strategyMeaning.${strategy}`),
      table(
        [t('docplan.swot.columns.option'), t('docplan.swot.columns.pairs'), t('docplan.swot.columns.line')],
        options.map((option) => {
          const lines = plan.lines.flatMap((line, index) => (line.cameOptionId === option.id ? [names.lineLabel(index)] : []));
          return [option.text, names.swotLabels(option.swotItemIds) || t('docplan.swot.noPairs'), lines.join('; ') || t('docplan.swot.notLine')];
        }),
      ),
    );
  }
  return blocks;
}

const fieldTable = (rows: [string, string][]) => table([t('document.fieldColumn'), t('document.valueColumn')], rows);

/** Chapter "Objetivos e indicadores": each objective's fields, then its KPIs' table. */
function objectivesMarkdown(plan: ActionPlan, names: PlanNames): string[] {
  const none = t('docplan.none');
  const value = (amount: number | null, unit: string) => (amount === null ? none : unit === '' ? number(amount) : t('docplan.objectives.value', { value: number(amount), unit }));
  const kpiRow = (kpi: Kpi) => [
    kpiName(kpi),
    value(kpi.baseline, kpi.unit),
    value(kpi.target, kpi.unit),
    kpi.deadline ? formatDate('es', kpi.deadline) : none,
    kpi.source || none,
    kpi.frequency ? t(`action.frequencies.${kpi.frequency}`) : none,
    names.personName(kpi.ownerId) ?? none,
  ];
  const columns = (['indicator', 'baseline', 'target', 'deadline', 'source', 'frequency', 'owner'] as const).map((key) => t(`docplan.objectives.columns.${key}`));
  return [
    `# ${t('docplan.objectives.title')}`,
    t('docplan.objectives.intro', { count: plan.objectives.length }),
    ...plan.objectives.flatMap((objective) => {
      const kpis = names.kpisOf(objective.id);
      return [
        `## ${names.objectiveTitle(objective.id)!}`,
        fieldTable([
          [t('docplan.objectives.deadline'), objective.deadline ? formatDate('es', objective.deadline) : t('document.notSet')],
          [t('docplan.objectives.owner'), names.personName(objective.ownerId) ?? t('document.notSet')],
          [t('docplan.objectives.answers'), names.swotLabels(objective.swotItemIds) || t('docplan.objectives.noAnswers')],
        ]),
        ...(kpis.length === 0 ? [t('docplan.objectives.noKpis')] : [t('docplan.objectives.kpisIntro', { count: kpis.length }), table(columns, kpis.map(kpiRow))]),
      ];
    }),
  ];
}

/** Chapter "Estrategia y plan de acción": each line's fields, then its tactics' table. */
function strategyMarkdown(plan: ActionPlan, names: PlanNames): string[] {
  const none = t('docplan.none');
  const roles = new Map(plan.roles.map((role) => [role.id, role]));
  const effortNote = (tactic: Tactic) => {
    const once = hours(tactic.hoursOnce);
    const weekly = hours(tactic.hoursPerWeek);
    const role = roles.get(tactic.roleId ?? '');
    return [
      tactic.hoursOnce > 0 && tactic.hoursPerWeek > 0
        ? t('docplan.strategy.effortBoth', { once, weekly })
        : tactic.hoursOnce > 0
          ? t('docplan.strategy.effortOnce', { once })
          : tactic.hoursPerWeek > 0
            ? t('docplan.strategy.effortWeekly', { weekly })
            : '',
      role ? t('docplan.strategy.roleRate', { role: role.name, amount: money(role.hourlyCost) }) : '',
      tactic.otherCost > 0 ? t('docplan.strategy.otherCost', { amount: money(tactic.otherCost) }) : '',
    ]
      .filter((part) => part !== '')
      .join(' · ');
  };
  const tacticRow = (tactic: Tactic) => {
    const effort = tacticEffort(tactic, roles);
    const notes = [tactic.description, effortNote(tactic), names.accountsNote(tactic.accountIds)].filter((note) => note !== '');
    const unit = names.unitName(tactic.unitId) ?? none;
    const person = names.personName(tactic.ownerId);
    return [
      [bold(tactic.title), ...notes].join(' — '),
      person === undefined ? unit : `${unit} — ${person}`,
      dates(tactic.startOn, tactic.endOn),
      t('docplan.hours', { hours: hours(effort.hours) }),
      money(effort.cost),
      t(`action.tacticStatuses.${tactic.status}`),
    ];
  };
  const columns = (['tactic', 'responsible', 'dates', 'effort', 'cost', 'status'] as const).map((key) => t(`docplan.strategy.columns.${key}`));
  const tacticCount = plan.lines.reduce((sum, line) => sum + names.tacticsOf(line.id).length, 0);
  return [
    `# ${t('docplan.strategy.title')}`,
    t('docplan.strategy.intro', { lines: t('docplan.strategy.lines', { count: plan.lines.length }), tactics: t('docplan.strategy.tactics', { count: tacticCount }) }),
    ...plan.lines.flatMap((line, index) => {
      const option = plan.came.find((candidate) => candidate.id === line.cameOptionId);
      const tactics = names.tacticsOf(line.id);
      const serves = line.objectiveIds.flatMap((id) => names.objectiveTitle(id) ?? []);
      return [
        `## ${t('docplan.strategy.heading', { number: index + 1, name: line.name })}`,
        ...(line.description.trim() === '' ? [] : [line.description.trim()]),
        fieldTable([
          [t('docplan.strategy.serves'), serves.join('; ') || t('docplan.strategy.noObjectives')],
          [t('docplan.strategy.origin'), option ? t('docplan.strategy.originValue', { strategy: t(`action.strategies.${option.strategy}`), text: option.text }) : t('docplan.strategy.noOrigin')],
        ]),
        ...(tactics.length === 0 ? [t('docplan.strategy.noTactics')] : [t('docplan.strategy.tacticsIntro', { count: tactics.length }), table(columns, tactics.map(tacticRow))]),
      ];
    }),
  ];
}

/**
 * Chapter "Cronograma": a row per line and per tactic, a column per month (or quarter…) of the
 * period on the .docx's own scale, and a mark where the tactic runs where the .docx shades.
 */
function timelineMarkdown(plan: ActionPlan, names: PlanNames): string[] {
  const scale = timelineScale(plan.period);
  if (!scale) return [];
  const monthFormat = new Intl.DateTimeFormat('es-ES', { month: 'short', timeZone: 'UTC' });
  const labels = scale.columns.map(({ first }) => {
    const year = Math.floor(first / 12);
    const month = first % 12;
    if (scale.step === 'month') return `${monthFormat.format(Date.UTC(year, month, 1)).replace(/\.$/, '')} ${year}`;
    if (scale.step === 'quarter') return `${t('docplan.timeline.quarter', { number: month / 3 + 1 })} ${year}`;
    if (scale.step === 'half') return `${t('docplan.timeline.half', { number: month / 6 + 1 })} ${year}`;
    return String(year);
  });
  const tacticRow = (tactic: Tactic) => {
    const placement = placeTactic(scale, tactic, plan.period);
    const range = dates(tactic.startOn, tactic.endOn);
    const when =
      placement.kind === 'undated' ? t('docplan.timeline.noDates') : placement.kind === 'beyond' || placement.outside ? t('docplan.timeline.outside', { dates: range }) : range;
    const cancelled = !counted(tactic);
    const [first, last] = placement.kind === 'dated' ? [placement.first, placement.last] : [1, 0];
    return [
      `${tactic.title} — ${cancelled ? t('docplan.timeline.cancelled', { dates: when }) : when}`,
      ...labels.map((_, column) => (column >= first && column <= last ? (cancelled ? '□' : '■') : '')),
    ];
  };
  const rows = plan.lines.flatMap((line, index) => {
    const tactics = names.tacticsOf(line.id);
    return tactics.length === 0 ? [] : [[bold(names.lineLabel(index)), ...labels.map(() => '')], ...tactics.map(tacticRow)];
  });
  if (rows.length === 0) return [];
  const period = t('document.period', { start: formatDate('es', plan.period.start, 'long'), end: formatDate('es', plan.period.end, 'long') });
  return [
    `# ${t('docplan.timeline.title')}`,
    t('docplan.timeline.intro', { period }),
    `■ ${t(`docplan.timeline.legend.${scale.step}`)}`,
    table([t('docplan.timeline.columns.tactic'), ...labels], rows),
  ];
}

/** Chapter "Organización y recursos": the totals by line and by unit, and the roles' hourly costs. */
function resourcesMarkdown(inventory: Inventory, plan: ActionPlan, names: PlanNames): string[] {
  const { totals, settings } = plan;
  if (plan.tactics.length === 0) return [];
  const years = (daysInclusive(plan.period.start, plan.period.end) || 0) / 365.25;
  const onceOf = (tactics: readonly Tactic[]) => round(tactics.filter(counted).reduce((sum, tactic) => sum + tactic.hoursOnce, 0), 2);
  const empty: EffortTotal = { hours: 0, cost: 0, fte: 0, tactics: 0 };
  const row = (name: string, total: EffortTotal, once: number) => [name, number(total.tactics), hours(once), hours(round(total.hours - once, 2)), hours(total.hours), fte(total.fte), money(total.cost)];
  const totalsTable = (kind: 'line' | 'unit', rows: string[][]) =>
    table(
      ([kind, 'tactics', 'once', 'recurring', 'hours', 'fte', 'cost'] as const).map((key) => t(`docplan.resources.columns.${key}`)),
      [...rows, row(bold(t('docplan.resources.total')), totals.all, onceOf(plan.tactics))],
    );
  const byUnit = groupBy(plan.tactics, (tactic) => (names.unitName(tactic.unitId) === undefined ? '' : tactic.unitId!));
  return [
    `# ${t('docplan.resources.title')}`,
    t('docplan.resources.notFree', {
      hours: t('docplan.resources.hours', { count: round(totals.all.hours, 1) }),
      fte: t('docplan.resources.fte', { count: totals.all.fte }),
      cost: money(totals.all.cost),
    }),
    t('docplan.resources.method', { annualHours: settings.annualHours, years: t('docplan.resources.years', { count: round(years, 1) }) }),
    `## ${t('docplan.resources.byLineTitle')}`,
    totalsTable('line', plan.lines.map((line, index) => row(names.lineLabel(index), totals.byLine[line.id] ?? empty, onceOf(names.tacticsOf(line.id))))),
    `## ${t('docplan.resources.byUnitTitle')}`,
    totalsTable('unit', [
      ...inventory.units.flatMap((unit) => {
        const total = totals.byUnit[unit.id];
        return total ? [row(unit.name, total, onceOf(byUnit.get(unit.id) ?? []))] : [];
      }),
      ...(byUnit.has('') ? [row(t('docplan.resources.noUnit'), totals.byUnit[''] ?? empty, onceOf(byUnit.get('')!))] : []),
    ]),
    `## ${t('docplan.resources.rolesTitle')}`,
    ...(plan.roles.length === 0
      ? [t('docplan.resources.noRoles')]
      : [
          t('docplan.resources.rolesIntro'),
          table([t('docplan.resources.columns.role'), t('docplan.resources.columns.hourlyCost')], plan.roles.map((role) => [role.name, money(role.hourlyCost)])),
        ]),
  ];
}

/** Chapter "Gobernanza": who runs each unit's accounts, and who holds the credentials of the open ones. */
function governanceMarkdown(inventory: Inventory, names: PlanNames): string[] {
  if (inventory.accounts.length === 0) return [];
  const managers = (accounts: readonly Account[]) => {
    const people = [...new Set(accounts.flatMap((account) => account.peopleIds))].flatMap((id) => names.personName(id) ?? []);
    if (people.length === 0) return t('document.governance.noManagers');
    const more = people.length - MANAGERS_SHOWN;
    return [...people.slice(0, MANAGERS_SHOWN), ...(more > 0 ? [t('document.governance.moreManagers', { count: more })] : [])].join('; ');
  };
  const row = (unit: string, responsible: string, accounts: readonly Account[]) => [unit, responsible, managers(accounts), number(accounts.length)];
  const open = inventory.accounts.filter((account) => account.status !== 'closed');
  const tally = (answer: (account: Account) => boolean | null) => {
    const answers = open.map(answer);
    const yes = answers.filter((value) => value === true).length;
    const no = answers.filter((value) => value === false).length;
    return [yes, no, open.length - yes - no].map(number);
  };
  // By person, not by name: two people may share one.
  const holders = new Map<string, { name: string; count: number }>();
  for (const account of open) {
    const name = names.personName(account.credentialsHolderId);
    if (name === undefined) continue;
    const entry = holders.get(account.credentialsHolderId!);
    if (entry) entry.count += 1;
    else holders.set(account.credentialsHolderId!, { name, count: 1 });
  }
  const byHolder = [...holders.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'es'));
  const orphans = names.accountsByUnit.get('');
  return [
    `# ${t('document.governance.title')}`,
    `## ${t('document.governance.managersTitle')}`,
    t('document.governance.managersIntro'),
    table(
      (['unit', 'responsible', 'managers', 'accounts'] as const).map((key) => t(`document.governance.columns.${key}`)),
      [
        ...inventory.units.flatMap((unit) => {
          const accounts = names.accountsByUnit.get(unit.id);
          return accounts ? [row(unit.name, names.personName(unit.responsibleId) ?? t('document.notSet'), accounts)] : [];
        }),
        ...(orphans ? [row(bold(t('document.situation.noUnit')), t('document.notSet'), orphans)] : []),
      ],
    ),
    `## ${t('document.governance.credentialsTitle')}`,
    ...(open.length === 0
      ? [t('document.governance.noOpenAccounts')]
      : [
          t('document.governance.credentialsIntro', { count: open.length }),
          table(
            (['aspect', 'yes', 'no', 'unknown'] as const).map((key) => t(`document.governance.credentialColumns.${key}`)),
            [
              [t('document.governance.aspects.holder'), ...tally((account) => names.personName(account.credentialsHolderId) !== undefined)],
              [t('document.governance.aspects.twoFactor'), ...tally((account) => account.twoFactor)],
              [t('document.governance.aspects.recoveryEmail'), ...tally((account) => account.recoveryEmailCorporate)],
            ],
          ),
        ]),
    ...(byHolder.length === 0
      ? []
      : [
          t('document.governance.holdersIntro'),
          table([t('document.governance.holderColumns.person'), t('document.governance.holderColumns.accounts')], byHolder.map(({ name, count }) => [name, number(count)])),
        ]),
  ];
}

/** Chapter "Medición y evaluación": every KPI's source, frequency, owner and next reading. */
function measurementMarkdown(plan: ActionPlan, names: PlanNames): string[] {
  const none = t('docplan.none');
  const measured = plan.objectives.flatMap((objective, index) => names.kpisOf(objective.id).map((kpi) => ({ kpi, objective: index + 1 })));
  if (measured.length === 0) return [];
  // As the .docx counts it: from the document's date, or from the start of a plan not begun yet.
  const from = [new Date().toISOString().slice(0, 10), plan.period.start].sort().at(-1)!;
  return [
    `# ${t('document.measurement.title')}`,
    `## ${t('document.measurement.planTitle')}`,
    `${t('document.measurement.planIntro', { count: measured.length })} ${t('document.measurement.nextRule')}`,
    table(
      (['indicator', 'source', 'frequency', 'owner', 'next'] as const).map((key) => t(`document.measurement.columns.${key}`)),
      measured.map(({ kpi, objective }) => {
        const next = nextMeasurement(kpi.frequency, from, kpi.deadline);
        return [
          `${kpiName(kpi)} — ${t('document.measurement.objective', { number: objective })}`,
          kpi.source || none,
          kpi.frequency ? t(`action.frequencies.${kpi.frequency}`) : none,
          names.personName(kpi.ownerId) ?? none,
          next === null ? none : formatDate('es', next),
        ];
      }),
    ),
  ];
}

/** Annex "Inventario de cuentas por unidad": every account, unit by unit. */
function annexMarkdown(inventory: Inventory, names: PlanNames): string[] {
  const blocks = [`# ${t('document.annex.inventoryTitle')}`];
  for (const [unitId, accounts] of names.accountsByUnit) {
    blocks.push(
      `## ${unitId === '' ? t('document.annex.noUnitGroup') : names.unitName(unitId)!}`,
      table(
        ['Red', 'Usuario', 'Nombre', 'Estado', 'Finalidad', 'Seguidores', 'Última publicación', '2FA', 'Gestores'],
        accounts.map((a) => [
          platform(a.platform),
          a.handle,
          a.displayName,
          status(a.status),
          a.purpose ?? '',
          String(a.followers ?? ''),
          a.lastPostOn ?? '',
          a.twoFactor === null ? '' : a.twoFactor ? 'Sí' : 'No',
          a.peopleIds.map((id) => names.personName(id) ?? '').join(', '),
        ]),
      ),
    );
  }
  return blocks;
}

export interface PandocRun {
  ms: number;
  bytes: number;
  /** pandoc's own peak RSS in bytes, when GNU time is there to tell it. */
  peakRss: number | null;
}

const GNU_TIME = '/usr/bin/time';

/** Milliseconds pandoc takes to turn the Markdown into a .docx with a table of contents, and its peak memory. */
export async function timePandoc(markdown: string): Promise<PandocRun> {
  const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'rumbo-bench-pandoc-'));
  try {
    const source = path.join(folder, 'plan.md');
    const target = path.join(folder, 'plan.docx');
    const rusage = path.join(folder, 'max-rss-kb');
    await fs.writeFile(source, markdown);
    const pandoc = ['pandoc', '-f', 'markdown', '-t', 'docx', '--toc', '-o', target, source];
    // GNU time reports the child's own peak RSS (%M, in KB); it adds a millisecond or two.
    const withTime = existsSync(GNU_TIME);
    const [command, ...args] = withTime ? [GNU_TIME, '-f', '%M', '-o', rusage, ...pandoc] : pandoc;
    const start = performance.now();
    await run(command!, args, { timeout: 600_000 });
    const ms = performance.now() - start;
    const peakKb = withTime ? Number((await fs.readFile(rusage, 'utf8')).trim()) : NaN;
    return { ms, bytes: (await fs.stat(target)).size, peakRss: Number.isFinite(peakKb) ? peakKb * 1024 : null };
  } finally {
    await fs.rm(folder, { recursive: true, force: true });
  }
}
