import { describe, expect, it } from 'vitest';
import { documentFileName, planFileName, safeFileStem } from '../../renderer/src/app/file-names';
import type { InstitutionProfile } from '../../shared/model/institution';

const profile = (name: string, planTitle: string) => ({ name, planTitle }) as InstitutionProfile;

describe('proposed file names', () => {
  it('names the document as the approval workflow expects', () => {
    expect(documentFileName(profile('Ayuntamiento de Villanueva', 'Plan de redes 2026'), '1.2')).toBe('Ayuntamiento de Villanueva - Plan de redes 2026 - v1.2.docx');
    expect(planFileName(profile('Diputación', 'Plan'))).toBe('Diputación - Plan.rumbo');
  });

  it('removes what Windows refuses in a file name, and never returns an empty one', () => {
    expect(safeFileStem('Área: "Cultura" / Turismo <2026>?*|')).toBe('Área Cultura Turismo 2026');
    expect(safeFileStem('plan...   ')).toBe('plan');
    expect(safeFileStem('\u0000\u0007')).toBe('plan');
    expect(safeFileStem('x'.repeat(500))).toHaveLength(120);
  });
});
