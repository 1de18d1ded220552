import { translate, type Lang, type MessageKey } from '../../../shared/i18n';
import type { Inventory } from '../../../shared/model/inventory';
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

export interface ReviewFinding {
  code: string;
  severity: 'high' | 'medium' | 'low';
  /** The finding's title in the language of the messages. */
  message: string;
  count: number;
  items: ReviewItem[];
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

/** `rumbo review <file.rumbo> [--json]`: the findings as text, or as `{"findings": [...]}`. Findings are not failures: exit 0. */
export const reviewCommand: Command = {
  syntax: { positionals: ['plan'], options: { ...COMMON_OPTIONS, json: 'flag' } },
  async run({ positionals: [file], flags }, context) {
    const engine = await createEngine(context.lang);
    await openPlanReadOnly(engine, file!, context.t);
    const findings = reviewFindings(await engine.call('inventory.get'), context.lang);
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
