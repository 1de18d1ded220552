import { translate, type Lang, type MessageKey } from '../../../shared/i18n';
import type { Inventory } from '../../../shared/model/inventory';
import type { ActionPlan } from '../../../shared/model/action-plan';
import { COMMON_OPTIONS, type Command } from '../command';
import { createEngine } from '../engine';
import { openPlanReadOnly } from '../plan-file';

/** An account named by a finding, as a script needs it: which one, and where it belongs. */
export interface ReviewItem {
  id: string;
  platform: string;
  handle: string;
  url: string;
  /** The owning unit's name, or null. */
  unit: string | null;
}

/** A record of the action plan named by a plan check: what it is, which one, and its words. */
export interface ReviewRecord {
  kind: 'swot' | 'objective' | 'kpi' | 'line' | 'tactic';
  id: string;
  name: string;
}

export interface ReviewFinding {
  code: string;
  severity: 'high' | 'medium' | 'low';
  /** The finding's title in the language of the messages. */
  message: string;
  count: number;
  items: (ReviewItem | ReviewRecord)[];
}

/**
 * The review list: today the audit findings of the inventory; the plan checks of later
 * sections join the same list, with the same shape.
 */
export function reviewFindings(inventory: Inventory, lang: Lang): ReviewFinding[] {
  const accounts = new Map(inventory.accounts.map((account) => [account.id, account]));
  const units = new Map(inventory.units.map((unit) => [unit.id, unit.name]));
  return inventory.findings.map((finding) => ({
    code: finding.code,
    severity: finding.severity,
    message: translate(lang, `inventory.findings.${finding.code}.title` as MessageKey),
    count: finding.count,
    items: finding.items.flatMap((id) => {
      const account = accounts.get(id);
      if (!account) return [];
      return [{ id, platform: account.platform, handle: account.handle, url: account.url, unit: account.unitId ? (units.get(account.unitId) ?? null) : null }];
    }),
  }));
}

/** The plan checks of the action plan, in the same shape as the audit findings. */
export function reviewChecks(action: ActionPlan, lang: Lang): ReviewFinding[] {
  const names = new Map<string, string>([
    ...action.swot.map((item) => [item.id, item.text] as const),
    ...action.objectives.map((objective) => [objective.id, objective.statement] as const),
    ...action.kpis.map((kpi) => [kpi.id, kpi.name || kpi.metric] as const),
    ...action.lines.map((line) => [line.id, line.name] as const),
    ...action.tactics.map((tactic) => [tactic.id, tactic.title] as const),
  ]);
  return action.checks.map((check) => ({
    code: check.code,
    severity: check.severity,
    message: translate(lang, `action.checks.${check.code}`),
    count: check.count,
    items: check.items.map((item) => ({ kind: item.kind, id: item.id, name: names.get(item.id) ?? '' })),
  }));
}

/** `rumbo review <file.rumbo> [--json]`: audit findings and plan checks as text, or as `{"findings": [...]}`. They are not failures: exit 0. */
export const reviewCommand: Command = {
  syntax: { positionals: ['plan'], options: { ...COMMON_OPTIONS, json: 'flag' } },
  async run({ positionals: [file], flags }, context) {
    const engine = await createEngine(context.lang);
    await openPlanReadOnly(engine, file!, context.t);
    const findings = [...reviewFindings(await engine.call('inventory.get'), context.lang), ...reviewChecks(await engine.call('action.get'), context.lang)];
    if (flags.has('json')) {
      context.print(JSON.stringify({ findings }));
      return;
    }
    const { t } = context;
    if (findings.length === 0) {
      context.print(t('cli.review.none'));
      return;
    }
    context.print(t('cli.review.heading', { count: findings.length }));
    for (const finding of findings) {
      context.print(t('cli.review.finding', { severity: t(`inventory.severities.${finding.severity}`), message: finding.message, count: finding.count }));
      for (const item of finding.items) {
        if ('kind' in item) {
          context.print(t('cli.review.record', { kind: t(`cli.review.kinds.${item.kind}`), name: item.name }));
          continue;
        }
        context.print(
          t('cli.review.item', {
            platform: t(`inventory.platforms.${item.platform}` as MessageKey),
            handle: item.handle || item.url,
            unit: item.unit ? t('cli.review.itemUnit', { unit: item.unit }) : '',
          }),
        );
      }
    }
  },
};
