import { describe, expect, it } from 'vitest';
import { RumboError, toErrorValue, type ErrorValue } from '../../../shared/errors';
import { EngineClient } from '../../../renderer/src/engine/client';
import type { PlanHost } from '../../../renderer/src/host/host';
import { PlanController } from '../../../renderer/src/app/session';
import { useApp } from '../../../renderer/src/app/store';
import { engineWithPlan } from '../../shared/helpers';
import { inProcessWorker } from '../in-process-worker';

/** Only what an export touches; the desktop bridge rejects with an ErrorValue translated in main's language. */
function hostSaving(saveDocument: PlanHost['saveDocument']): PlanHost {
  return { kind: 'desktop', saveDocument } as PlanHost;
}

async function controllerWith(host: PlanHost) {
  const { engine } = await engineWithPlan('Ayuntamiento de Villaexporta');
  useApp.setState({ lang: 'es', busy: false });
  return new PlanController(new EngineClient(inProcessWorker(engine)), host);
}

describe('exporting the Word document from the export panel', () => {
  it('hands the host a real .docx under the proposed name and tells the name written', async () => {
    const received: { name: string; bytes: Uint8Array }[] = [];
    const controller = await controllerWith(
      hostSaving(async (name, bytes) => {
        received.push({ name, bytes });
        return { name: 'elegido.docx' };
      }),
    );
    const outcome = await controller.exportDocument({ lang: 'es', excludedParts: ['glossary'], draftMarking: 'never' }, 'Ayuntamiento de Villaexporta - Plan - v0.1.docx');
    expect(outcome).toEqual({ kind: 'written', name: 'elegido.docx' });
    expect(received).toHaveLength(1);
    expect(received[0]!.name).toBe('Ayuntamiento de Villaexporta - Plan - v0.1.docx');
    // A .docx is a zip: "PK\x03\x04".
    expect([...received[0]!.bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    expect(useApp.getState().busy).toBe(false);
  });

  it('a document open in Word gives its plain message in the user’s language, not main’s', async () => {
    const fromMain: ErrorValue = toErrorValue(new RumboError('EXPORT_TARGET_BUSY'), 'en');
    const controller = await controllerWith(hostSaving(() => Promise.reject(fromMain)));
    const outcome = await controller.exportDocument({ lang: 'es' }, 'plan.docx');
    expect(outcome.kind).toBe('failed');
    if (outcome.kind !== 'failed') return;
    expect(outcome.error.code).toBe('EXPORT_TARGET_BUSY');
    expect(outcome.error.message).toMatch(/abierto en Word/);
    expect(outcome.error.message).not.toMatch(/at |Error:/);
    expect(useApp.getState().busy).toBe(false);
  });

  it('a cancelled save dialog is neither a success nor an error', async () => {
    const controller = await controllerWith(hostSaving(async () => null));
    expect(await controller.exportDocument({ lang: 'en' }, 'plan.docx')).toEqual({ kind: 'cancelled' });
  });

  it('an export the engine refuses is reported the same way, with nothing handed to the host', async () => {
    let called = false;
    const controller = await controllerWith(
      hostSaving(async () => {
        called = true;
        return { name: 'x.docx' };
      }),
    );
    // A part the document does not have: the contract refuses the input.
    const outcome = await controller.exportDocument({ lang: 'es', excludedParts: ['appendixZ' as never] }, 'plan.docx');
    expect(outcome.kind).toBe('failed');
    expect(called).toBe(false);
  });
});
