import { describe, expect, it } from 'vitest';
import { buildPlanDocument, type PlanDocumentData } from '../../../shared/docx';
import type { InstitutionType } from '../../../shared/model/institution';
import type { PlanStatus } from '../../../shared/model/plan';
import { decodeEntities, pageFramePart, paragraphs, part, readDocxParts, tables, visibleText } from './docx-reader';
import { engineWithPlan } from './engine-plan';
import { accountRecord, planData, testId } from './plan-data';
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
    const [control, , profile] = tables(part(parts, 'word/document.xml'));
    expect(control).toContainEqual(['Estado', 'Borrador']);
    expect(control).toContainEqual(['Aprobado por', 'Pendiente de aprobación']);
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
    const [control, , profile] = tables(part(parts, 'word/document.xml'));
    expect(profile).toContainEqual(['Contacto', 'javascript:alert(document.cookie)']);
    expect(control).toContainEqual(['Autoría', 'Eve']);
  });

  it('keeps every field of the document control, the version history and the planner’s texts well-formed, bounded and linked only where safe', async () => {
    const hostile = `${XML_BREAKER}\u0001\u0008\u202Eexe.pdf\uD800\uFFFE\u2066x\u2069`;
    const markdown = [
      `# ${hostile}`,
      `**${hostile}** [pulse aquí](javascript:alert(1)) [fichero](file:///C:/Windows/calc.exe) [web](https://ayto.example/ok) <script>alert(1)</script>`,
      `- ${hostile}\n- [correo](mailto:prensa@ayto.example)`,
      MEGABYTE,
    ].join('\n\n');
    const unit = { id: testId(), parentId: null, name: hostile, kind: 'administrative' as const, position: 0, responsibleId: testId(), contact: '' };
    const data = planData({
      inventory: {
        units: [unit],
        accounts: [accountRecord({ unitId: unit.id, credentialsHolderId: testId(), peopleIds: [testId()], twoFactor: 'maybe' as unknown as boolean, handle: hostile })],
      },
      action: {
        objectives: [{ id: 'o1', statement: hostile, deadline: null, ownerId: null, position: 0, swotItemIds: [] }],
        kpis: [{ id: testId(), objectiveId: 'o1', metric: 'custom', name: MEGABYTE, unit: hostile, baseline: 1, target: 2, deadline: '<not a date>', source: MEGABYTE, frequency: 'monthly', ownerId: testId(), position: 0 }],
      },
      document: {
        settings: {
          id: testId(),
          documentType: MEGABYTE,
          owningUnitId: unit.id,
          approvedBy: hostile,
          approvedOn: '<not a date> & ]]>',
          approvalReference: MEGABYTE,
          nextReviewOn: '2026-13-45',
          relatedDocuments: `${hostile}\n${'línea\n'.repeat(100_000)}`,
          legislation: `${hostile}\njavascript:alert(1)\n${MEGABYTE}`,
          excludedParts: ['evil' as 'glossary'],
          draftMarking: 'evil' as 'auto',
          emptyParts: 'evil' as 'note',
        },
        versions: [
          { id: testId(), version: hostile, issuedOn: '<script>', author: MEGABYTE, changes: MEGABYTE, position: Number.NaN },
          { id: testId(), version: '1.0', issuedOn: '2026-03-01', author: hostile, changes: hostile, position: 1 },
        ],
        texts: { presentation: markdown, framework: markdown, governance: markdown, crisis: markdown, measurement: markdown, closing: markdown },
      },
    });
    const bytes = await buildPlanDocument(data, { lang: 'es', estimatePageNumbers: false, draftMarking: 'evil' as 'auto', emptyParts: 'evil' as 'note' });
    const parts = await readDocxParts(bytes);
    for (const [path, xml] of parts) {
      expect(xmlProblem(xml), path).toBeNull();
      expect(FORBIDDEN.test(decodeEntities(xml)), path).toBe(false);
    }
    const rels = [...parts.entries()].filter(([path]) => path.endsWith('.rels')).map(([, xml]) => xml).join('\n');
    const external = new Set([...rels.matchAll(/Target="([^"]*)" TargetMode="External"/g)].map((m) => m[1]));
    expect([...external].sort(), [...external].join(' ')).toEqual(['https://ayto.example/ok', 'mailto:prensa@ayto.example', 'mailto:prensa@dipejemplo.es']); // the last, the profile's contact
    const document = part(parts, 'word/document.xml');
    const text = visibleText(document);
    // Shown as the planner typed it, never as markup or links.
    expect(text).toContain('pulse aquí');
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).toContain('</w:t><w:p>Ayto & "Cía" <![CDATA[x]]> ]]>');
    // Six texts of a megabyte each are cut to the longest a planner may write; the rest is bounded where it is read.
    expect(document.length).toBeLessThan(6 * 250_000);
    const [control, versions] = tables(document);
    expect(control).toContainEqual(['Próxima revisión', '2026-13-45']);
    expect(versions).toHaveLength(3);
    for (const row of control!) expect(row[1]!.length, row[0]).toBeLessThan(2_100);
    // Every chapter with a text is in, the closing remarks too: nothing was taken for "left out".
    const headings = paragraphs(document).filter((p) => p.style === 'Heading1').map((p) => p.text);
    expect(headings).toContain('12. Consideraciones finales');
    expect(headings.at(-1)).toBe('Anexo II. Glosario');
    // An unknown marking is the default: DRAFT while not approved.
    expect(visibleText(pageFramePart(parts, 'header', 'default'))).toContain('BORRADOR');
  }, 60_000);
});
