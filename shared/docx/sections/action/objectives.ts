import { metricName } from '../../../action/metrics';
import type { Kpi, Objective } from '../../../model/action';
import { dataTable, fieldTable, paragraph, tableCaption, withNote, type Cell, type Content } from '../../blocks';
import type { DocumentContext } from '../../context';
import { chartFigure } from '../../charts';
import { noteOf, type Block, type ChapterNumbering, type Part } from '../../outline';
import { cleanLine, cleanText } from '../../sanitize';
import { AFTER_TABLE, actionView } from './view';

/** The longest statement the objectives screen takes; only a hand-made file holds a longer one. */
const STATEMENT_MAX = 2_000;

/**
 * Chapter "Objetivos e indicadores": each objective as a section of its own (the contents lists
 * them), with its deadline, owner and the SWOT items it answers, and the table of the KPIs that
 * will measure it, after a chart of every KPI's baseline and target. Without data while there is
 * no objective.
 */
export const objectivesChapter: Part = {
  part: 'objectives',
  title: (context) => context.t('docplan.objectives.title'),
  hasData: (context) => context.data.action.objectives.length > 0,
  emptyNote: (context) => noteOf(context.t('docplan.objectives.empty')),
  body: (context, numbering) => {
    const { objectives } = context.data.action;
    return [
      paragraph(context.t('docplan.objectives.intro', { count: objectives.length })),
      ...chartFigure(context, 'kpiTargets'),
      ...objectives.flatMap((objective) => objectiveSection(context, numbering, objective)),
    ];
  },
};

function objectiveSection(context: DocumentContext, numbering: ChapterNumbering, objective: Objective): Block[] {
  const { t } = context;
  const view = actionView(context);
  const answers = view.swotLabels(objective.swotItemIds);
  const fields: [string, Content][] = [
    // The heading carries the statement, cut if long; the whole of it is given when it was cut.
    ...(view.objectiveHeadline(objective).whole ? [] : [[t('docplan.objectives.statement'), cleanText(objective.statement.trim(), STATEMENT_MAX)] as [string, Content]]),
    [t('docplan.objectives.deadline'), objective.deadline ? context.date(objective.deadline) : t('document.notSet')],
    [t('docplan.objectives.owner'), view.personName(objective.ownerId) ?? t('document.notSet')],
    [t('docplan.objectives.answers'), answers.length > 0 ? answers.join('\n') : t('docplan.objectives.noAnswers')],
  ];
  const kpis = view.kpisOf(objective.id);
  const number = view.objectiveNumber(objective);
  return [
    numbering.section(view.objectiveTitle(objective)),
    ...fieldTable([t('document.fieldColumn'), t('document.valueColumn')], fields, tableCaption(context, t('docplan.captions.objective', { number }))),
    ...(kpis.length === 0
      ? [paragraph(t('docplan.objectives.noKpis'), AFTER_TABLE)]
      : [paragraph(t('docplan.objectives.kpisIntro', { count: kpis.length }), { ...AFTER_TABLE, keepNext: true }), ...kpiTable(context, kpis, number)]),
  ];
}

/** One row per KPI; the unit goes with the baseline and target ("35 %"), where it is read. */
function kpiTable(context: DocumentContext, kpis: readonly Kpi[], objective: number): Block[] {
  const { t } = context;
  const view = actionView(context);
  const none = t('docplan.none');
  const value = (number: number | null, unit: string) =>
    number === null ? none : unit === '' ? context.number(number) : t('docplan.objectives.value', { value: context.number(number), unit });
  const rows = kpis.map((kpi): Cell[] => {
    const unit = cleanLine(kpi.unit);
    return [
      indicator(context, kpi),
      value(kpi.baseline, unit),
      value(kpi.target, unit),
      kpi.deadline ? context.shortDate(kpi.deadline) : none,
      cleanLine(kpi.source) || none,
      view.frequency(kpi.frequency) ?? none,
      view.personName(kpi.ownerId) ?? none,
    ];
  });
  const column = (key: 'indicator' | 'baseline' | 'target' | 'deadline' | 'source' | 'frequency' | 'owner', share: number, numeric = false) => ({
    title: t(`docplan.objectives.columns.${key}`),
    share,
    numeric,
  });
  return dataTable(
    [
      // Wide enough for a value and a one-word unit on a line each ("0" / "incidencias"): a unit cut mid-word reads badly.
      column('indicator', 0.21),
      column('baseline', 0.13, true),
      column('target', 0.13, true),
      column('deadline', 0.13),
      column('source', 0.14),
      column('frequency', 0.12),
      column('owner', 0.14),
    ],
    rows,
    { compact: true, caption: tableCaption(context, t('docplan.captions.kpis', { number: objective })) },
  );
}

/** The KPI's own name, else its catalogue metric's; a renamed catalogue metric keeps the catalogue name as a note. */
function indicator(context: DocumentContext, kpi: Kpi): Cell {
  const name = cleanLine(kpi.name);
  const catalogue = metricName(context.lang, kpi.metric);
  if (name === '') return kpiName(context, kpi);
  return catalogue && catalogue !== name ? withNote(name, catalogue) : name;
}

/** How the document names a KPI on one line: its own name, else its catalogue metric's. */
export function kpiName(context: DocumentContext, kpi: Kpi): string {
  return cleanLine(kpi.name) || metricName(context.lang, kpi.metric) || context.t('docplan.objectives.untitledKpi');
}
