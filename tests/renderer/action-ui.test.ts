import { describe, expect, it } from 'vitest';
import { OBJECTIVE_SUGGESTIONS, TACTIC_SUGGESTIONS, roleName } from '../../shared/action/library';
import type { CostRole, SwotItem } from '../../shared/model/action';
import { formatFte, formatHours, formatMoney, formatNumberInput, outsidePeriod, parseNumberInput } from '../../renderer/src/features/objectives/numbers';
import { alreadyInserted, objectiveFromSuggestion, rankObjectiveSuggestions, rankTacticSuggestions, roleForSuggestion, tacticFromSuggestion } from '../../renderer/src/features/objectives/suggestions';
import { plainText, shorten } from '../../renderer/src/features/objectives/text';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function swotItem(n: number, quadrant: SwotItem['quadrant'], sourceRef = '', source: SwotItem['source'] = sourceRef ? 'suggestion' : 'manual'): SwotItem {
  return { id: uuid(n), quadrant, text: `item ${n}`, weight: 3, evidence: '', source, sourceRef, position: n };
}

describe('numbers typed as people write them', () => {
  it('reads Spanish notation, with grouping, decimals, a sign and a habitual unit', () => {
    expect(parseNumberInput('es', '1.234,5')).toBe(1234.5);
    expect(parseNumberInput('es', '12,75')).toBe(12.75);
    expect(parseNumberInput('es', '30 €')).toBe(30);
    expect(parseNumberInput('es', '40 %')).toBe(40);
    expect(parseNumberInput('es', '  ')).toBeNull();
    expect(parseNumberInput('es', '-2,5', true)).toBe(-2.5);
    expect(parseNumberInput('en', '1,234.5')).toBe(1234.5);
  });

  it('refuses what is not a number instead of guessing', () => {
    expect(parseNumberInput('es', 'doce')).toBeUndefined();
    expect(parseNumberInput('es', '1,2,3')).toBeUndefined();
    expect(parseNumberInput('es', '-3')).toBeUndefined(); // negatives only where allowed
    expect(parseNumberInput('es', '-', true)).toBeUndefined();
  });

  it('shows numbers, hours, FTE and euros the Spanish way', () => {
    expect(formatNumberInput('es', 12345.5)).toBe('12.345,5');
    expect(formatNumberInput('es', null)).toBe('');
    expect(parseNumberInput('es', formatNumberInput('es', 98765.4321))).toBe(98765.4321);
    expect(formatMoney('es', 840)).toBe('840,00\u00a0€');
    expect(formatMoney('es', 12600)).toBe('12.600,00\u00a0€');
    expect(formatHours('es', 28)).toBe('28\u00a0h');
    expect(formatHours('es', 1234.25)).toBe('1234,3\u00a0h');
    expect(formatFte('es', 0.01)).toBe('0,01');
    expect(formatMoney('en', 840)).toBe('€840.00');
  });

  it('flags dates outside the plan period, inclusive at both ends', () => {
    const period = { start: '2026-01-01', end: '2027-12-31' };
    expect(outsidePeriod(null, period)).toBe(false);
    expect(outsidePeriod('2026-01-01', period)).toBe(false);
    expect(outsidePeriod('2027-12-31', period)).toBe(false);
    expect(outsidePeriod('2025-12-31', period)).toBe(true);
    expect(outsidePeriod('2028-01-01', period)).toBe(true);
  });
});

describe('suggestions from the library', () => {
  it('puts objectives that answer the plan’s own SWOT items first, and links them on insertion', () => {
    const swot = [swotItem(1, 'weakness', 'personalCredentials'), swotItem(2, 'threat', 'accountTakeover'), swotItem(3, 'weakness', 'noObjectives', 'manual')];
    const ranked = rankObjectiveSuggestions(swot);
    expect(ranked).toHaveLength(OBJECTIVE_SUGGESTIONS.length);
    expect(ranked[0]!.suggestion.id).toBe('secureAccess');
    expect(ranked[0]!.answers.map((item) => item.id)).toEqual([uuid(1), uuid(2)]);
    // A typed SWOT item with the same words as a suggestion id is not a suggestion.
    expect(ranked.every((entry) => !entry.answers.some((item) => item.id === uuid(3)))).toBe(true);

    const draft = objectiveFromSuggestion('es', ranked[0]!);
    expect(draft.objective.swotItemIds).toEqual([uuid(1), uuid(2)]);
    expect(draft.objective.statement).toMatch(/verificación en dos pasos/);
    expect(draft.kpi).toEqual({ metric: 'accountsWith2fa', unit: '%', frequency: 'quarterly' });
    expect(objectiveFromSuggestion('en', ranked[0]!).objective.statement).toMatch(/two-step/i);
    expect(alreadyInserted('es', ranked[0]!.suggestion, [{ id: uuid(9), statement: draft.objective.statement, deadline: null, ownerId: null, position: 0, swotItemIds: [] }])).toBe(true);
    expect(alreadyInserted('es', ranked[1]!.suggestion, [])).toBe(false);
  });

  it('keeps the library order when the plan has no SWOT from the library', () => {
    expect(rankObjectiveSuggestions([]).map((entry) => entry.suggestion.id)).toEqual(OBJECTIVE_SUGGESTIONS.map((suggestion) => suggestion.id));
  });

  it('ranks tactics answering the line’s own objectives above those answering the rest of the plan', () => {
    const swot = [swotItem(1, 'weakness', 'noCrisisTraining'), swotItem(2, 'weakness', 'personalDataLeaks')];
    const forLine = rankTacticSuggestions(swot, new Set([uuid(2)]));
    expect(forLine[0]!.suggestion.id).toBe('dataProtectionChecklist');
    expect(TACTIC_SUGGESTIONS.find((s) => s.id === 'dataProtectionChecklist')!.answers).toContain('personalDataLeaks');
  });

  it('costs a library tactic with the plan’s profile of the same name, whatever its case', () => {
    const suggestion = TACTIC_SUGGESTIONS.find((s) => s.id === 'monthlyReport')!;
    const name = roleName('es', suggestion.role);
    const roles: CostRole[] = [{ id: uuid(7), name: `  ${name.toLocaleUpperCase()} `, hourlyCost: 30, position: 0 }];
    expect(roleForSuggestion('es', suggestion, roles)?.id).toBe(uuid(7));
    expect(roleForSuggestion('es', suggestion, [])).toBeNull();
    expect(tacticFromSuggestion('es', suggestion, uuid(5), uuid(7))).toMatchObject({
      lineId: uuid(5),
      hoursOnce: suggestion.hoursOnce,
      hoursPerWeek: suggestion.hoursPerWeek,
      roleId: uuid(7),
      title: expect.stringMatching(/\S/),
      description: expect.stringMatching(/\S/),
    });
  });
});

describe('text helpers', () => {
  it('searches without accents or case, and shortens on a word boundary', () => {
    expect(plainText('Acción CULTURAL')).toBe('accion cultural');
    expect(shorten('corto')).toBe('corto');
    const long = 'Reducir el tiempo medio de respuesta a las consultas ciudadanas recibidas en redes sociales antes de fin de año';
    const cut = shorten(long, 40);
    expect(cut.length).toBeLessThanOrEqual(40);
    expect(cut.endsWith('…')).toBe(true);
    expect(long.startsWith(cut.slice(0, -1))).toBe(true);
  });
});
