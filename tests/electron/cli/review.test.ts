import './sandbox-home';
import fs from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { FINDING_SEVERITY } from '../../../shared/audit/findings';
import { translate } from '../../../shared/i18n';
import { failureLine, planBytes, rumbo, useTempDir } from './helpers';

const SHEET = [
  'Plataforma;Usuario;URL;Unidad;Gestores;2FA;Finalidad;Correo de recuperación corporativo',
  'Facebook;villanueva;;Cultura;Ana;sí;informativa;sí',
  'X;@villanueva;;;;no;;no',
  'X;@Villanueva;;;;no;informativa;',
].join('\r\n');

describe('rumbo review', () => {
  const temp = useTempDir();

  async function plan(withAccounts: boolean): Promise<string> {
    const file = temp.path('plan.rumbo');
    await fs.writeFile(file, await planBytes());
    if (withAccounts) {
      await fs.writeFile(temp.path('cuentas.csv'), SHEET);
      expect((await rumbo(['import-accounts', file, temp.path('cuentas.csv')])).code).toBe(0);
    }
    return file;
  }

  it('lists the plan checks after the audit findings, in the same shape, naming the records to fix', async () => {
    const { PlanEngine } = await import('../../../shared/engine/engine');
    const { loadSqlJsForNode } = await import('../../../electron/node/sqljs');
    const engine = new PlanEngine({ SQL: await loadSqlJsForNode() });
    await engine.call('plan.create', { institutionName: 'Ayuntamiento con Objetivos' });
    const weakness = await engine.call('swot.create', { quadrant: 'weakness', text: 'Sin estrategia' });
    const objective = await engine.call('objective.create', { statement: 'Ordenar las cuentas antes de junio' });
    const file = temp.path('objetivos.rumbo');
    await fs.writeFile(file, (await engine.call('plan.export')).bytes);
    const run = await rumbo(['review', file, '--json']);
    const parsed = JSON.parse(run.stdout) as { findings: { code: string; message: string; count: number; items: unknown[] }[] };
    expect(parsed.findings.map((finding) => finding.code)).toEqual(['OBJECTIVE_NO_KPI', 'WEAKNESS_NOT_ADDRESSED']);
    expect(parsed.findings[0]).toEqual({
      code: 'OBJECTIVE_NO_KPI',
      severity: 'high',
      message: translate('es', 'action.checks.OBJECTIVE_NO_KPI'),
      count: 1,
      items: [{ kind: 'objective', id: objective.id, name: 'Ordenar las cuentas antes de junio' }],
    });
    expect(parsed.findings[1]!.items).toEqual([{ kind: 'swot', id: weakness.id, name: 'Sin estrategia' }]);
    const text = await rumbo(['review', file, '--lang', 'en']);
    expect(text.stdout).toContain('  - Objective: Ordenar las cuentas antes de junio');
  });

  it('prints exactly {"findings": [{code, severity, message, count, items}]} with items a script can use', async () => {
    const file = await plan(true);
    const run = await rumbo(['review', file, '--json']);
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
    const parsed = JSON.parse(run.stdout) as { findings: Record<string, unknown>[] };
    expect(Object.keys(parsed)).toEqual(['findings']);
    const codes = parsed.findings.map((finding) => finding.code);
    expect(codes).toEqual(['NO_UNIT', 'NO_MANAGER', 'NO_2FA', 'PERSONAL_RECOVERY_EMAIL', 'DUPLICATE', 'NO_PURPOSE']);
    for (const finding of parsed.findings) {
      expect(Object.keys(finding)).toEqual(['code', 'severity', 'message', 'count', 'items']);
      expect(finding.severity).toBe(FINDING_SEVERITY[finding.code as keyof typeof FINDING_SEVERITY]);
      expect(finding.message).toBe(translate('es', `inventory.findings.${finding.code as 'NO_UNIT'}.title`));
      expect((finding.items as unknown[]).length).toBe(finding.count);
    }
    const duplicate = parsed.findings.find((finding) => finding.code === 'DUPLICATE')!;
    // Same handle but for case: their order between themselves is not defined.
    const items = [...(duplicate.items as { handle: string }[])].sort((a, b) => (a.handle < b.handle ? -1 : 1));
    expect(items).toEqual([
      { id: expect.stringMatching(/^[0-9a-f-]{36}$/), platform: 'x', handle: '@Villanueva', url: '', unit: null },
      { id: expect.stringMatching(/^[0-9a-f-]{36}$/), platform: 'x', handle: '@villanueva', url: '', unit: null },
    ]);
  });

  it('lists the findings as text, with severity, count and the accounts concerned; in English with --lang en', async () => {
    const file = await plan(true);
    const spanish = await rumbo(['review', file]);
    expect(spanish.code).toBe(0);
    const lines = spanish.stdout.split('\n');
    expect(lines[0]).toBe('6 hallazgos de auditoría o revisión:');
    expect(lines).toContain(`[Alta] ${translate('es', 'inventory.findings.NO_2FA.title')} (2)`);
    expect(lines).toContain('  - X (Twitter) @villanueva');
    const english = await rumbo(['review', file, '--lang', 'en', '--json']);
    expect(JSON.parse(english.stdout).findings[0].message).toBe(translate('en', 'inventory.findings.NO_UNIT.title'));
    expect((await rumbo(['review', file, '--lang', 'en'])).stdout).toContain('[High] ');
  });

  it('says there is nothing to report for an empty inventory, and {"findings": []} in JSON', async () => {
    const file = await plan(false);
    expect(await rumbo(['review', file])).toEqual({ code: 0, stdout: `${translate('es', 'cli.review.none')}\n`, stderr: '' });
    expect((await rumbo(['review', file, '--json'])).stdout).toBe('{"findings":[]}\n');
  });

  it('fails with one line on a missing or damaged plan', async () => {
    expect(failureLine(await rumbo(['review', temp.path('no.rumbo')])).code).toBe('FILE_NOT_FOUND');
    await fs.writeFile(temp.path('roto.rumbo'), 'no es un plan');
    expect(failureLine(await rumbo(['review', temp.path('roto.rumbo'), '--json'])).code).toMatch(/^FILE_/);
  });
});
