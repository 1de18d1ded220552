import { describe, expect, it } from 'vitest';
import {
  OBJECTIVE_SUGGESTIONS,
  SWOT_SUGGESTIONS,
  TACTIC_SUGGESTIONS,
  roleName,
  suggestionText,
  templateGaps,
  type SuggestionKind,
  type SwotSuggestionId,
} from '../../../shared/action/library';
import { KPI_METRICS, findMetric, isKpiMetricCode, metricDescription, metricName, unitLabel } from '../../../shared/action/metrics';
import { es } from '../../../shared/i18n/catalog/es';
import { en } from '../../../shared/i18n/catalog/en';
import { LANGUAGES } from '../../../shared/i18n';
import type { MessageTree } from '../../../shared/i18n/types';
import {
  KPI_FREQUENCIES,
  SWOT_QUADRANTS,
  kpiCreateSchema,
  objectiveCreateSchema,
  swotCreateSchema,
  tacticCreateSchema,
} from '../../../shared/model/action';

/** The false beliefs of the origin text, each of which the library must offer as a threat. */
const FALSE_BELIEF_THREATS: SwotSuggestionId[] = [
  'postingAloneAchievesNothing', // opening an account and posting achieves nothing: gain followers and measure
  'followersRarelyRead', // most followers never read you
  'governmentConfusion', // distrust; the administration confused with the government
  'complaintsNotConversation', // complaints and criticism instead of conversation
  'conversationElsewhere', // they talk about you elsewhere, not on your page
  'slowGrowth', // followers come slowly, reshares more slowly
  'followerCountMisleads', // many followers guarantee nothing
  'notFree', // not free: time and effort even with no budget
  'notReplacingTraditional', // does not replace traditional channels
  'badPlanningHarmsImage', // bad planning shows an institution unwilling to converse
  'personalDataLeaks', // careless handling of personal data leaks information
];

const KINDS: { kind: SuggestionKind; ids: readonly string[] }[] = [
  { kind: 'swot', ids: SWOT_SUGGESTIONS.map((item) => item.id) },
  { kind: 'objective', ids: OBJECTIVE_SUGGESTIONS.map((item) => item.id) },
  { kind: 'tactic', ids: TACTIC_SUGGESTIONS.map((item) => item.id) },
];

function leafTexts(tree: MessageTree): string[] {
  return Object.values(tree).flatMap((node) => (typeof node === 'string' ? [node] : leafTexts(node as MessageTree)));
}

// Template gaps such as [X] or [Y] are symbols, not words of either language.
const words = (text: string) => templateGapsRemoved(text).toLowerCase().match(/[\p{L}]+/gu) ?? [];
const templateGapsRemoved = (text: string) => templateGaps(text).reduce((rest, gap) => rest.replace(gap, ' '), text);
const ENGLISH_FUNCTION_WORDS = new Set(['the', 'and', 'of', 'with', 'to', 'for', 'is', 'are', 'by', 'from', 'on', 'it', 'its', 'their', 'that', 'this', 'which', 'or', 'in', 'an', 'not', 'has', 'have', 'be', 'nor', 'as', 'at', 'who', 'what', 'each', 'every']);
const SPANISH_FUNCTION_WORDS = new Set(['el', 'la', 'los', 'las', 'del', 'de', 'que', 'para', 'con', 'una', 'por', 'sin', 'y', 'en', 'se', 'su', 'sus', 'al', 'como', 'más', 'o', 'un', 'ni', 'lo', 'es', 'son']);
// Case-sensitive: "todo" is an ordinary Spanish word, "TODO" is a note left behind.
const UNFINISHED = /\b(TODO|TBD|FIXME|XXX)\b|lorem ipsum|placeholder|\?\?/;

const sample = { uuid: '00000000-0000-4000-8000-000000000001' };

describe('suggestion library: structure', () => {
  it('ids are unique camelCase words that fit a SWOT source reference', () => {
    for (const { kind, ids } of KINDS) {
      expect(new Set(ids).size, kind).toBe(ids.length);
      for (const id of ids) {
        expect(id, kind).toMatch(/^[a-z][A-Za-z0-9]*$/);
        expect(id.length).toBeLessThanOrEqual(100);
      }
    }
    const codes = KPI_METRICS.map((metric) => metric.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) {
      expect(code).toMatch(/^[a-z][A-Za-z0-9]*$/);
      expect(code).not.toBe('custom');
    }
  });

  it('the catalog holds texts for exactly the suggestions of the library, no more and no fewer', () => {
    const catalog = es.suggestions;
    expect(Object.keys(catalog.swot).sort()).toEqual(SWOT_SUGGESTIONS.map((item) => item.id).sort());
    expect(Object.keys(catalog.objectives).sort()).toEqual(OBJECTIVE_SUGGESTIONS.map((item) => item.id).sort());
    expect(Object.keys(catalog.tactics).sort()).toEqual(TACTIC_SUGGESTIONS.map((item) => item.id).sort());
    expect(Object.keys(catalog.metrics).sort()).toEqual(KPI_METRICS.map((metric) => metric.code).sort());
  });

  it('has enough of each kind, and at least six items in every SWOT quadrant', () => {
    expect(SWOT_SUGGESTIONS.length).toBeGreaterThanOrEqual(40);
    expect(OBJECTIVE_SUGGESTIONS.length).toBeGreaterThanOrEqual(15);
    expect(TACTIC_SUGGESTIONS.length).toBeGreaterThanOrEqual(25);
    expect(KPI_METRICS.length).toBeGreaterThanOrEqual(15);
    for (const quadrant of SWOT_QUADRANTS) {
      expect(SWOT_SUGGESTIONS.filter((item) => item.quadrant === quadrant).length, quadrant).toBeGreaterThanOrEqual(6);
    }
  });

  it('covers every false belief of the origin text with a threat', () => {
    const threats = new Set(SWOT_SUGGESTIONS.filter((item) => item.quadrant === 'threat').map((item) => item.id));
    for (const id of FALSE_BELIEF_THREATS) expect(threats.has(id), id).toBe(true);
  });

  it('weights and default efforts are in range', () => {
    for (const item of SWOT_SUGGESTIONS) {
      expect(Number.isInteger(item.weight), item.id).toBe(true);
      expect(item.weight).toBeGreaterThanOrEqual(1);
      expect(item.weight).toBeLessThanOrEqual(5);
    }
    for (const tactic of TACTIC_SUGGESTIONS) {
      expect(tactic.hoursOnce, tactic.id).toBeGreaterThanOrEqual(0);
      expect(tactic.hoursPerWeek, tactic.id).toBeGreaterThanOrEqual(0);
      // A suggested tactic is part of a shared job, never a full-time post on its own.
      expect(tactic.hoursPerWeek, tactic.id).toBeLessThanOrEqual(10);
      expect(tactic.hoursOnce + tactic.hoursPerWeek, `${tactic.id}: "it is not free"`).toBeGreaterThan(0);
      expect(Object.keys(es.suggestions.roles), tactic.id).toContain(tactic.role);
    }
  });

  it('objectives and tactics point at SWOT suggestions and metrics that exist', () => {
    const swotIds = new Set<string>(SWOT_SUGGESTIONS.map((item) => item.id));
    for (const objective of OBJECTIVE_SUGGESTIONS) {
      expect(objective.answers.length, objective.id).toBeGreaterThan(0);
      expect(objective.metrics.length, objective.id).toBeGreaterThan(0);
      for (const answer of objective.answers) expect(swotIds.has(answer), `${objective.id} → ${answer}`).toBe(true);
      for (const code of objective.metrics) expect(isKpiMetricCode(code), `${objective.id} → ${code}`).toBe(true);
    }
    for (const tactic of TACTIC_SUGGESTIONS) {
      expect(tactic.answers.length, tactic.id).toBeGreaterThan(0);
      for (const answer of tactic.answers) expect(swotIds.has(answer), `${tactic.id} → ${answer}`).toBe(true);
    }
  });

  it('a plan built only from suggestions leaves no weakness unanswered and no threat without a response', () => {
    const byObjective = new Set(OBJECTIVE_SUGGESTIONS.flatMap((objective) => objective.answers));
    const byTactic = new Set(TACTIC_SUGGESTIONS.flatMap((tactic) => tactic.answers));
    for (const item of SWOT_SUGGESTIONS) {
      if (item.quadrant === 'weakness') expect(byObjective.has(item.id), item.id).toBe(true);
      if (item.quadrant === 'threat') expect(byObjective.has(item.id) || byTactic.has(item.id), item.id).toBe(true);
    }
  });

  it('the metric catalogue has a known frequency, a unit and a name for every metric', () => {
    for (const metric of KPI_METRICS) {
      expect(KPI_FREQUENCIES, metric.code).toContain(metric.frequency);
      expect(typeof metric.higherIsBetter).toBe('boolean');
      for (const lang of LANGUAGES) {
        expect(metricName(lang, metric.code)?.length, metric.code).toBeGreaterThan(0);
        expect(metricDescription(lang, metric.code)?.length, metric.code).toBeGreaterThan(0);
        expect(unitLabel(lang, metric.unit).length, metric.code).toBeGreaterThan(0);
      }
    }
    // Going down is progress for these: a planner reading a chart must not see a fall as a failure.
    for (const code of ['responseTime', 'dormantAccounts', 'dataProtectionIncidents', 'alertDelay']) expect(findMetric(code)?.higherIsBetter, code).toBe(false);
    expect(findMetric('engagementRate')).toEqual({ code: 'engagementRate', unit: 'percent', frequency: 'monthly', higherIsBetter: true });
  });
});

describe('suggestion library: texts', () => {
  it('suggestionText returns the catalog texts of each language, and null for ids it does not know', () => {
    expect(suggestionText('es', 'swot', 'noObjectives')).toEqual({ text: es.suggestions.swot.noObjectives.text, detail: es.suggestions.swot.noObjectives.evidence });
    expect(suggestionText('en', 'tactic', 'enableTwoStep')).toEqual({
      text: en.suggestions.tactics.enableTwoStep.title,
      detail: en.suggestions.tactics.enableTwoStep.description,
    });
    expect(suggestionText('en', 'objective', 'responseTime')?.detail).toBe(en.suggestions.objectives.responseTime.note);
    expect(suggestionText('es', 'swot', 'contentPillars')).toBeNull(); // a tactic id asked for as SWOT
    expect(suggestionText('es', 'tactic', 'noSuchSuggestion')).toBeNull();
    expect(suggestionText('es', 'swot', 'toString')).toBeNull(); // inherited names are not ids
    expect(metricName('es', 'custom')).toBeNull();
    expect(metricName('en', 'responseTime')).toBe('Response time to citizens');
    expect(roleName('es', 'communicationHead')).toBe(es.suggestions.roles.communicationHead);
  });

  it('every suggestion has finished, distinct texts in both languages', () => {
    for (const { kind, ids } of KINDS) {
      for (const id of ids) {
        const spanish = suggestionText('es', kind, id)!;
        const english = suggestionText('en', kind, id)!;
        for (const text of [spanish.text, spanish.detail, english.text, english.detail]) {
          expect(text.trim().length, `${kind} ${id}`).toBeGreaterThan(10);
          expect(text, `${kind} ${id}`).not.toMatch(UNFINISHED);
          expect(text, `${kind} ${id}`).not.toContain('suggestions.'); // translate() falls back to the key
          expect(text, `${kind} ${id}`).not.toMatch(/\s{2}|^\s|\s$/);
        }
        expect(english.text, `${kind} ${id}`).not.toBe(spanish.text);
        expect(english.detail, `${kind} ${id}`).not.toBe(spanish.detail);
      }
    }
  });

  it('a SWOT item is one sentence and its evidence hint one line; tactic titles are short headings', () => {
    for (const lang of LANGUAGES) {
      for (const item of SWOT_SUGGESTIONS) {
        const { text, detail } = suggestionText(lang, 'swot', item.id)!;
        expect(text.match(/[.!?](\s|$)/g)?.length, `${lang} ${item.id}`).toBe(1);
        expect(text.endsWith('.'), `${lang} ${item.id}`).toBe(true);
        expect(detail, `${lang} ${item.id}`).not.toContain('\n');
      }
      for (const tactic of TACTIC_SUGGESTIONS) {
        const { text } = suggestionText(lang, 'tactic', tactic.id)!;
        expect(text.length, `${lang} ${tactic.id}`).toBeLessThanOrEqual(80);
        expect(text, `${lang} ${tactic.id}`).not.toMatch(/\.$/);
      }
    }
  });

  it('only objectives are templates, with the same gaps in both languages and always a date to fill', () => {
    for (const objective of OBJECTIVE_SUGGESTIONS) {
      const spanish = suggestionText('es', 'objective', objective.id)!.text;
      const english = suggestionText('en', 'objective', objective.id)!.text;
      expect(templateGaps(spanish).length, objective.id).toBeGreaterThan(0);
      expect(templateGaps(english).length, objective.id).toBe(templateGaps(spanish).length);
      expect(templateGaps(spanish), objective.id).toContain('[fecha]');
      expect(templateGaps(english), objective.id).toContain('[date]');
    }
    for (const { kind, ids } of KINDS.filter((entry) => entry.kind !== 'objective')) {
      for (const id of ids) for (const lang of LANGUAGES) expect(templateGaps(suggestionText(lang, kind, id)!.text), `${kind} ${id}`).toEqual([]);
    }
    expect(templateGaps('Reducir a [X] días antes del [fecha].')).toEqual(['[X]', '[fecha]']);
    expect(templateGaps('Sin huecos.')).toEqual([]);
  });

  it('Spanish texts are in Spanish and English texts in English', () => {
    // Short headings ("Alcance", "Keep a shared editorial calendar") may lack function words; sentences may not.
    const misfits = (texts: string[], foreign: Set<string>, own: Set<string>) =>
      texts.filter((text) => {
        const found = words(text);
        return found.some((word) => foreign.has(word)) || (found.length >= 8 && !found.some((word) => own.has(word)));
      });
    expect(misfits(leafTexts(es.suggestions as MessageTree), ENGLISH_FUNCTION_WORDS, SPANISH_FUNCTION_WORDS)).toEqual([]);
    expect(misfits(leafTexts(en.suggestions as unknown as MessageTree), SPANISH_FUNCTION_WORDS, ENGLISH_FUNCTION_WORDS)).toEqual([]);
  });

  it('no catalog text uses braces, which translate() would treat as parameters', () => {
    for (const text of [...leafTexts(es.suggestions as MessageTree), ...leafTexts(en.suggestions as unknown as MessageTree)]) expect(text).not.toMatch(/[{}]/);
  });
});

describe('suggestion library: inserting is one action', () => {
  // The real input schemas of the engine: a suggestion that fails them would make "insert" fail.
  for (const lang of LANGUAGES) {
    it(`every ${lang} suggestion passes the engine's create schemas unchanged`, () => {
      for (const item of SWOT_SUGGESTIONS) {
        const { text, detail } = suggestionText(lang, 'swot', item.id)!;
        const parsed = swotCreateSchema.parse({ quadrant: item.quadrant, text, weight: item.weight, evidence: detail, source: 'suggestion', sourceRef: item.id });
        expect(parsed.text).toBe(text);
        expect(parsed.sourceRef).toBe(item.id);
      }
      for (const objective of OBJECTIVE_SUGGESTIONS) {
        const statement = suggestionText(lang, 'objective', objective.id)!.text;
        expect(objectiveCreateSchema.parse({ statement }).statement).toBe(statement);
        for (const code of objective.metrics) {
          const metric = findMetric(code)!;
          const name = metricName(lang, code)!;
          const kpi = kpiCreateSchema.parse({ objectiveId: sample.uuid, metric: code, name, unit: unitLabel(lang, metric.unit), frequency: metric.frequency });
          expect(kpi.name).toBe(name);
        }
      }
      for (const tactic of TACTIC_SUGGESTIONS) {
        const { text, detail } = suggestionText(lang, 'tactic', tactic.id)!;
        const parsed = tacticCreateSchema.parse({ lineId: sample.uuid, title: text, description: detail, hoursOnce: tactic.hoursOnce, hoursPerWeek: tactic.hoursPerWeek });
        expect(parsed.title).toBe(text);
      }
    });
  }
});
