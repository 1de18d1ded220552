import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentFileName, planFileName, safeFileStem, withExtension } from '../../../shared/files/file-names';

describe('the proposed document file name', () => {
  it('reads "<institution> - <plan title> - v<version>.docx"', () => {
    expect(documentFileName({ institution: 'Ayuntamiento de Villanueva del Río', title: 'Plan de redes sociales 2026-2027', version: '1.2' })).toBe(
      'Ayuntamiento de Villanueva del Río - Plan de redes sociales 2026-2027 - v1.2.docx',
    );
  });

  it('replaces what Windows refuses and trims what it would drop', () => {
    expect(documentFileName({ institution: 'Ayto. A/B: "Sur"', title: 'Plan <2026>|*?', version: '0.1' })).toBe('Ayto. A B Sur - Plan 2026 - v0.1.docx');
    expect(documentFileName({ institution: 'Diputación. ', title: '', version: '' })).toBe('Diputación.docx');
    expect(documentFileName({ institution: 'CON', title: '', version: '' })).toBe('Plan CON.docx');
    expect(documentFileName({ institution: '\u0000\u0007', title: ' ', version: '' })).toBe('Plan.docx');
  });

  it('is always a short, safe .docx name, whatever the plan holds', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.string({ maxLength: 400 }), fc.string({ maxLength: 80 }), (institution, title, version) => {
        const name = documentFileName({ institution, title, version });
        expect(name.endsWith('.docx')).toBe(true);
        expect(name).not.toMatch(/[<>:"/\\|?*\u0000-\u001f]/);
        expect([...name].length).toBeLessThanOrEqual(155);
        expect(name.slice(0, -5)).not.toMatch(/[. ]$/);
        expect(name.slice(0, -5).length).toBeGreaterThan(0);
      }),
    );
  });

  it('names plan files and any other stem the same way', () => {
    expect(planFileName({ institution: 'Diputación', title: 'Plan' })).toBe('Diputación - Plan.rumbo');
    expect(planFileName({ institution: 'Diputación', title: '' })).toBe('Diputación.rumbo');
    expect(safeFileStem('Área: "Cultura" / Turismo <2026>?*|')).toBe('Área Cultura Turismo 2026');
    expect(safeFileStem('plan...   ')).toBe('plan');
    expect(safeFileStem('\u0000\u0007', 'cuentas')).toBe('cuentas');
    expect(safeFileStem('x'.repeat(500))).toHaveLength(150);
    expect(withExtension('Informe.DOCX', '.docx')).toBe('Informe.DOCX');
    expect(withExtension('Informe', '.docx')).toBe('Informe.docx');
  });
});
