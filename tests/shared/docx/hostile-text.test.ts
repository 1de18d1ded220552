import { describe, expect, it } from 'vitest';
import { buildPlanDocument, type PlanDocumentData } from '../../../shared/docx';
import type { InstitutionType } from '../../../shared/model/institution';
import type { PlanStatus } from '../../../shared/model/plan';
import { decodeEntities, paragraphs, part, readDocxParts, tables, visibleText } from './docx-reader';
import { engineWithPlan } from './engine-plan';
import { planData } from './plan-data';
import { xmlProblem } from './xml-wellformed';

// What must never reach the package, raw or as a character reference.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF\u202A-\u202E\u2066-\u2069]/u;
const XML_BREAKER = '</w:t><w:p>Ayto & "Cía" <![CDATA[x]]> ]]>';
const MEGABYTE = 'Ω'.repeat(1_048_576);

function hostileData(): PlanDocumentData {
  return planData({
    meta: { versionLabel: '1.0\uFFFE</w:t>\u0007', status: 'Approved' as PlanStatus },
    institution: {
      name: `${XML_BREAKER}\u0001\u0008\u000B\u001F\u202Eexe.pdf\uD800\uFFFE\uFFFF\uDC00`,
      type: 'evil<type>' as InstitutionType,
      planTitle: MEGABYTE,
      authors: ['\u2066Eve\u2069', '\uDC00Mallory\u202D', `${'x'.repeat(1_048_576)}`],
      contact: 'javascript:alert(1) file:///C:/Windows/calc.exe https://evil.example/\u202Efdp.exe http://insecure.es https://user:pw@evil.example prensa@ok.es',
    },
    counts: { units: Number.NaN, accounts: Number.POSITIVE_INFINITY },
    generatedAt: '<not a date> & ]]>',
  });
}

describe('hostile text from a plan file', () => {
  it('still gives a well-formed document with none of the bad characters and only safe links', async () => {
    const parts = await readDocxParts(await buildPlanDocument(hostileData(), { lang: 'es' }));

    for (const [path, xml] of parts) {
      expect(xmlProblem(xml), path).toBeNull();
      expect(FORBIDDEN.test(decodeEntities(xml)), path).toBe(false);
    }

    const rels = [...parts.entries()].filter(([path]) => path.endsWith('.rels')).map(([, xml]) => xml).join('\n');
    const external = [...rels.matchAll(/Target="([^"]*)" TargetMode="External"/g)].map((m) => m[1]);
    // The override character is gone before links are found, so that address reads as it leads.
    expect(new Set(external)).toEqual(new Set(['https://evil.example/fdp.exe', 'mailto:prensa@ok.es']));

    const document = part(parts, 'word/document.xml');
    // Escaped, not lost: the text reads exactly as typed.
    expect(visibleText(document)).toContain(XML_BREAKER);
    expect(visibleText(document)).toContain('javascript:alert(1)');
    // One megabyte of title, twice over, does not become a megabyte of document.
    expect(document.length).toBeLessThan(200_000);
    expect(paragraphs(document).find((p) => p.style === 'Title')?.text.length).toBeLessThanOrEqual(300);
  });

  it('treats an unknown status as not approved and an unknown institution type as "other"', async () => {
    const parts = await readDocxParts(await buildPlanDocument(hostileData(), { lang: 'es', estimatePageNumbers: false }));
    const [control, profile] = tables(part(parts, 'word/document.xml'));
    expect(control).toContainEqual(['Estado', 'Borrador']);
    expect(profile).toContainEqual(['Tipo de institución', 'Otro']);
    expect(paragraphs(part(parts, 'word/document.xml')).map((p) => p.text)).toContain('El plan todavía no recoge unidades organizativas ni cuentas corporativas.');
  });

  it('cleans what the engine lets through into a real plan (U+FFFE, bidi overrides, lone surrogates)', async () => {
    const { engine } = await engineWithPlan();
    await engine.call('institution.update', {
      name: 'Ayto\uFFFE \u202Eevil\u202C \uD800 </w:t><w:p>',
      contact: 'javascript:alert(document.cookie)',
      authors: ['\u2067Eve\u2069'],
    });
    const parts = await readDocxParts(await engine.call('document.export'));
    for (const [path, xml] of parts) {
      expect(xmlProblem(xml), path).toBeNull();
      expect(FORBIDDEN.test(decodeEntities(xml)), path).toBe(false);
    }
    expect(part(parts, 'word/_rels/document.xml.rels')).not.toContain('javascript:');
    const [control] = tables(part(parts, 'word/document.xml'));
    expect(control).toContainEqual(['Contacto', 'javascript:alert(document.cookie)']);
    expect(control).toContainEqual(['Autoría', 'Eve']);
  });
});
