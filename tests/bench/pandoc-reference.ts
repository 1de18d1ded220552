/**
 * The yardstick for the Word export: pandoc writing the same content (the situation chapter and
 * the inventory annex) from Markdown to .docx. It is a widely used document converter; the
 * project aims at an export no slower than it.
 */
import { execFile, spawnSync } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { summaryByPlatform, summaryByUnit } from '../../shared/audit/summary';
import { translate } from '../../shared/i18n';
import type { Inventory } from '../../shared/model/inventory';

const run = promisify(execFile);

export function hasPandoc(): boolean {
  return spawnSync('pandoc', ['--version'], { stdio: 'ignore' }).status === 0;
}

const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) => translate('es', key, params);
const escape = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ');

function table(headers: string[], rows: string[][]): string {
  return [`| ${headers.join(' | ')} |`, `|${headers.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.map(escape).join(' | ')} |`)].join('\n');
}

/** The inventory's chapter and annex as Markdown: the same tables, rows and columns as the .docx. */
export function inventoryMarkdown(inventory: Inventory): string {
  const { units, people, accounts, findings } = inventory;
  const unitName = new Map(units.map((unit) => [unit.id, unit.name]));
  const personName = new Map(people.map((person) => [person.id, person.name]));
  const platform = (code: string) => t(`inventory.platforms.${code as 'x'}`);
  const status = (code: string) => t(`inventory.statuses.${code as 'active'}`);
  const byUnit = new Map<string | null, typeof accounts>();
  for (const account of accounts) {
    const list = byUnit.get(account.unitId);
    if (list) list.push(account);
    else byUnit.set(account.unitId, [account]);
  }
  const parts = [
    `# ${t('document.situation.title')}`,
    `## ${t('document.situation.byPlatformTitle')}`,
    table(['Red social', 'Cuentas', 'Seguidores'], summaryByPlatform(accounts).map((entry) => [platform(entry.platform), String(entry.accounts), String(entry.followers)])),
    `## ${t('document.situation.byUnitTitle')}`,
    table(['Unidad', 'Propias', 'Total'], summaryByUnit(accounts, units).map((entry) => [unitName.get(entry.unitId ?? '') ?? '—', String(entry.own), String(entry.total)])),
    `## ${t('document.situation.mapTitle')}`,
    table(
      ['Unidad', 'Responsable', 'Cuentas'],
      units.map((unit) => [unit.name, personName.get(unit.responsibleId ?? '') ?? '', (byUnit.get(unit.id) ?? []).slice(0, 12).map((a) => `${platform(a.platform)} ${a.handle} (${status(a.status)})`).join('; ')]),
    ),
    `## ${t('document.situation.findingsTitle')}`,
    table(['Hallazgo', 'Gravedad', 'Cuentas', 'Qué hacer'], findings.map((f) => [t(`inventory.findings.${f.code}.title`), f.severity, String(f.count), t(`inventory.findings.${f.code}.fix`)])),
    `# ${t('document.annex.inventoryTitle')}`,
  ];
  for (const [unitId, list] of byUnit) {
    parts.push(
      `## ${unitId === null ? t('document.annex.noUnitGroup') : (unitName.get(unitId) ?? '')}`,
      table(
        ['Red', 'Usuario', 'Nombre', 'Estado', 'Finalidad', 'Seguidores', 'Última publicación', '2FA', 'Gestores'],
        list.map((a) => [
          platform(a.platform),
          a.handle,
          a.displayName,
          status(a.status),
          a.purpose ?? '',
          String(a.followers ?? ''),
          a.lastPostOn ?? '',
          a.twoFactor === null ? '' : a.twoFactor ? 'Sí' : 'No',
          a.peopleIds.map((id) => personName.get(id) ?? '').join(', '),
        ]),
      ),
    );
  }
  return `${parts.join('\n\n')}\n`;
}

/** Milliseconds pandoc takes to turn the Markdown into a .docx with a table of contents. */
export async function timePandoc(markdown: string): Promise<{ ms: number; bytes: number }> {
  const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'rumbo-bench-pandoc-'));
  try {
    const source = path.join(folder, 'inventario.md');
    const target = path.join(folder, 'inventario.docx');
    await fs.writeFile(source, markdown);
    const start = performance.now();
    await run('pandoc', ['-f', 'markdown', '-t', 'docx', '--toc', '-o', target, source], { timeout: 600_000 });
    const ms = performance.now() - start;
    return { ms, bytes: (await fs.stat(target)).size };
  } finally {
    await fs.rm(folder, { recursive: true, force: true });
  }
}
