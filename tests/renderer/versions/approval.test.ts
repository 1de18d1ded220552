import { describe, expect, it } from 'vitest';
import { translate } from '../../../shared/i18n';
import type { SnapshotInfo } from '../../../shared/model/sharing';
import { EngineClient } from '../../../renderer/src/engine/client';
import type { PlanHost } from '../../../renderer/src/host/host';
import { PlanController } from '../../../renderer/src/app/session';
import { useApp } from '../../../renderer/src/app/store';
import { approvalDefaults, approvedVersions, checkApproval, type ApprovalForm } from '../../../renderer/src/features/versions/approval-form';
import { exportApprovedVersion } from '../../../renderer/src/features/versions/version-export';
import { partsMatching, readDocxParts, visibleText } from '../../shared/docx/docx-reader';
import { engineWithPlan } from '../../shared/helpers';
import { inProcessWorker } from '../in-process-worker';

const DRAFT_MARK = translate('es', 'document.draftMark');

const snapshot = (overrides: Partial<SnapshotInfo>): SnapshotInfo => ({
  id: crypto.randomUUID(),
  kind: 'approved',
  revision: 3,
  label: '1.0',
  unitId: null,
  approvedBy: 'Pleno',
  approvedOn: '2026-03-02',
  approvalReference: 'Acuerdo 12/2026',
  createdAt: '2026-03-02T10:00:00.000Z',
  createdBy: 'Ana Pérez',
  origin: false,
  ...overrides,
});

const form = (overrides: Partial<ApprovalForm> = {}): ApprovalForm => ({ approvedBy: 'Junta de Gobierno Local', approvedOn: '2026-11-20', reference: 'Decreto 123/2026', versionLabel: '1.0', ...overrides });

describe('the approval form', () => {
  it('proposes the next whole version, today and the approving body of the document control', () => {
    expect(approvalDefaults({ approvedBy: 'Pleno', approvalReference: 'Acuerdo 3/2026' }, [], '0.3', '2026-11-20')).toEqual({
      approvedBy: 'Pleno',
      approvedOn: '2026-11-20',
      reference: 'Acuerdo 3/2026',
      versionLabel: '1.0',
    });
    expect(approvalDefaults(null, [], 'borrador', '2026-11-20')).toMatchObject({ approvedBy: '', reference: '', versionLabel: '1.0' });
  });

  it('does not propose the previous approval’s reference for the next one', () => {
    const previous = snapshot({ approvalReference: 'Acuerdo 12/2026' });
    expect(approvalDefaults({ approvedBy: 'Pleno', approvalReference: 'Acuerdo 12/2026' }, [previous], '1.1', '2027-01-10')).toMatchObject({ approvedBy: 'Pleno', reference: '', versionLabel: '2.0' });
  });

  it('hands over the cleaned input when everything is right', () => {
    expect(checkApproval(form({ approvedBy: '  Pleno\n', reference: '' }), [])).toEqual({
      problems: [],
      input: { approvedBy: 'Pleno', approvedOn: '2026-11-20', reference: '', versionLabel: '1.0' },
    });
  });

  it('tells every problem at once by its field, and hands nothing over', () => {
    const { problems, input } = checkApproval(form({ approvedBy: '   ', approvedOn: '', versionLabel: '' }), []);
    expect(input).toBeNull();
    expect(problems).toEqual([
      { field: 'approvedBy', kind: 'missing' },
      { field: 'approvedOn', kind: 'missing' },
      { field: 'versionLabel', kind: 'missing' },
    ]);
  });

  it('refuses a date that does not exist, a number already approved and text over the engine’s limits', () => {
    expect(checkApproval(form({ approvedOn: '2026-02-30' }), []).problems).toEqual([{ field: 'approvedOn', kind: 'invalid' }]);
    expect(checkApproval(form({ versionLabel: ' 1.0 ' }), [snapshot({ label: '1.0' })]).problems).toEqual([{ field: 'versionLabel', kind: 'taken' }]);
    expect(checkApproval(form({ reference: 'x'.repeat(301) }), []).problems).toEqual([{ field: 'reference', kind: 'tooLong', max: 300 }]);
  });

  it('lists approved versions only, not the copies sent', () => {
    const sent = snapshot({ kind: 'sent', label: 'Servicio de Juventud' });
    const approved = snapshot({});
    expect(approvedVersions([sent, approved])).toEqual([approved]);
  });
});

async function textOf(bytes: Uint8Array): Promise<string> {
  return partsMatching(await readDocxParts(bytes), /^word\/.*\.xml$/).map(visibleText).join('\n');
}

describe('approving through the controller and exporting the frozen version', () => {
  it('freezes the version, goes on in a new draft, and exports the version without the DRAFT marking', async () => {
    const { engine } = await engineWithPlan('Ayuntamiento de Villaprobada');
    useApp.setState({ lang: 'es', busy: false, file: null });
    const saved: { name: string; bytes: Uint8Array }[] = [];
    const host = { kind: 'desktop', saveDocument: async (name: string, bytes: Uint8Array) => (saved.push({ name, bytes }), { name }) } as unknown as PlanHost;
    const controller = new PlanController(new EngineClient(inProcessWorker(engine)), host);

    await controller.record('plan.setStatus', { status: 'in_review' });
    expect(useApp.getState().plan?.meta.status).toBe('in_review');
    const input = checkApproval(form(), []).input!;
    const outcome = await controller.record('plan.approve', input);
    expect(outcome).toMatchObject({ draftLabel: '1.1', status: 'draft', version: { label: '1.0', approvedBy: 'Junta de Gobierno Local' } });
    expect(useApp.getState().plan?.meta).toMatchObject({ status: 'draft', versionLabel: '1.1' });
    expect(useApp.getState().document?.settings).toMatchObject({ approvedBy: 'Junta de Gobierno Local', approvedOn: '2026-11-20', approvalReference: 'Decreto 123/2026' });

    const versions = approvedVersions(await controller.query('snapshots.list', undefined));
    expect(versions.map((version) => version.label)).toEqual(['1.0']);
    // The same number again is refused before anything is written.
    expect(checkApproval(form(), versions).input).toBeNull();

    const result = await exportApprovedVersion(controller, versions[0]!, { institution: 'Ayuntamiento de Villaprobada', title: 'Plan' }, 'es');
    expect(result).toEqual({ kind: 'written', name: 'Ayuntamiento de Villaprobada - Plan - v1.0.docx' });
    const frozenText = await textOf(saved[0]!.bytes);
    expect(frozenText.includes('Decreto 123/2026'), 'the approval is in the frozen document').toBe(true);
    expect(frozenText.includes(DRAFT_MARK), 'no DRAFT marking in the approved version').toBe(false);

    // The plan itself is a draft again, and its document says so.
    const current = await controller.exportDocument({ lang: 'es' }, 'actual.docx');
    expect(current.kind).toBe('written');
    expect((await textOf(saved[1]!.bytes)).includes(DRAFT_MARK), 'the new draft carries the marking').toBe(true);
  });

  it('a version the plan does not have is a plain failure, and nothing reaches the host', async () => {
    const { engine } = await engineWithPlan();
    useApp.setState({ lang: 'en', busy: false, file: null });
    let called = false;
    const host = { kind: 'desktop', saveDocument: async () => ((called = true), { name: 'x.docx' }) } as unknown as PlanHost;
    const controller = new PlanController(new EngineClient(inProcessWorker(engine)), host);
    const result = await exportApprovedVersion(controller, { id: crypto.randomUUID(), label: '9.0' }, { institution: 'A', title: 'B' }, 'en');
    expect(result.kind).toBe('failed');
    if (result.kind !== 'failed') return;
    expect(result.error.code).toBe('VERSION_NOT_FOUND');
    expect(called).toBe(false);
  });
});
