import { Paragraph, ShadingType, TextRun } from 'docx';
import { LOCALES } from '../../../i18n';
import type { Tactic } from '../../../model/action';
import { paragraph, tableCaption } from '../../blocks';
import type { DocumentContext } from '../../context';
import { noteOf, type Part } from '../../outline';
import { cleanLine } from '../../sanitize';
import { LANDSCAPE_TEXT_WIDTH } from '../../styles';
import { placeTactic, timelineScale, type ScaleStep, type TimelineScale } from './timeline-scale';
import { timelineTable, type TimelineHeader, type TimelineRow } from './timeline-table';
import { actionView } from './view';

/** The tactic names take under a third of the landscape width; the months share the rest. */
const LABEL_SHARE = 0.3;
/** Mid blue: plainly shaded on screen and on paper, and light enough to print in grey. */
export const RUNNING_FILL = '5B7DB8';
export const CANCELLED_FILL = 'BFBFBF';

/**
 * Chapter "Cronograma": the tactics of each strategy line over the plan period as a table with
 * the months (or quarters…) they run shaded, on landscape pages of their own. Each tactic also
 * gives its dates in words, for readers who cannot tell the shading. Without data while there are
 * no tactics, or when the plan period is not a pair of dates in order.
 */
export const timelineChapter: Part = {
  part: 'timeline',
  title: (context) => context.t('docplan.timeline.title'),
  orientation: 'landscape',
  hasData: (context) => linesWithTactics(context).length > 0 && timelineScale(context.data.action.period) !== null,
  emptyNote: (context) => noteOf(context.t('docplan.timeline.empty')),
  body: (context) => {
    const { t, data } = context;
    const view = actionView(context);
    const lines = linesWithTactics(context);
    const scale = timelineScale(data.action.period)!;
    const rows = lines.flatMap((line): TimelineRow[] => [
      { kind: 'group', text: view.lineLabel(line) },
      ...view.tacticsOf(line.id).map((tactic) => tacticRow(context, scale, tactic)),
    ]);
    const cancelled = lines.some((line) => view.tacticsOf(line.id).some((tactic) => view.isCancelled(tactic)));
    return [
      paragraph(t('docplan.timeline.intro', { period: context.period })),
      legend(context, scale.step, cancelled),
      tableCaption(context, t('docplan.captions.timeline')),
      timelineTable({ width: LANDSCAPE_TEXT_WIDTH, labelWidth: Math.round(LABEL_SHARE * LANDSCAPE_TEXT_WIDTH), header: header(context, scale), rows }),
    ];
  },
};

function linesWithTactics(context: DocumentContext) {
  const view = actionView(context);
  return context.data.action.lines.filter((line) => view.tacticsOf(line.id).length > 0);
}

function tacticRow(context: DocumentContext, scale: TimelineScale, tactic: Tactic): TimelineRow {
  const { t } = context;
  const view = actionView(context);
  const placement = placeTactic(scale, tactic, context.data.action.period);
  const dates = view.dates(tactic.startOn, tactic.endOn);
  const when =
    placement.kind === 'undated'
      ? t('docplan.timeline.noDates')
      : placement.kind === 'beyond' || placement.outside
        ? t('docplan.timeline.outside', { dates })
        : dates;
  const cancelled = view.isCancelled(tactic);
  const [first, last] = placement.kind === 'dated' ? [placement.first, placement.last] : [1, 0];
  return {
    kind: 'tactic',
    title: cleanLine(tactic.title),
    note: cancelled ? t('docplan.timeline.cancelled', { dates: when }) : when,
    first,
    last,
    fill: cancelled ? CANCELLED_FILL : RUNNING_FILL,
  };
}

/** The column labels: months, quarters or half-years under their years; years on their own. */
function header(context: DocumentContext, scale: TimelineScale): TimelineHeader {
  const { t } = context;
  const title = t('docplan.timeline.columns.tactic');
  const yearOf = (month: number) => Math.floor(month / 12);
  if (scale.step === 'year' || scale.step === 'years') {
    const labels = scale.columns.map(({ first, last }) =>
      yearOf(first) === yearOf(last) ? String(yearOf(first)) : t('docplan.timeline.years', { start: String(yearOf(first)), end: String(yearOf(last)) }),
    );
    return { title, groups: null, labels };
  }
  const groups: { label: string; span: number }[] = [];
  for (const column of scale.columns) {
    const label = String(yearOf(column.first));
    const group = groups.at(-1);
    if (group?.label === label) group.span += 1;
    else groups.push({ label, span: 1 });
  }
  const months = monthNames(context);
  const labels = scale.columns.map(({ first }) => {
    const month = first % 12;
    if (scale.step === 'month') return months[month]!;
    if (scale.step === 'quarter') return t('docplan.timeline.quarter', { number: month / 3 + 1 });
    return t('docplan.timeline.half', { number: month / 6 + 1 });
  });
  return { title, groups, labels };
}

/** "ene", "feb"… as the language abbreviates them, without the full stop some add. */
function monthNames(context: DocumentContext): string[] {
  const format = new Intl.DateTimeFormat(LOCALES[context.lang], { month: 'short', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, month) => format.format(Date.UTC(2026, month, 1)).replace(/\.$/, ''));
}

/** What the shading means, with a swatch of each colour used. */
function legend(context: DocumentContext, step: ScaleStep, cancelled: boolean): Paragraph {
  const { t } = context;
  const swatch = (fill: string) => new TextRun({ text: '\u00A0'.repeat(5), shading: { type: ShadingType.CLEAR, fill, color: 'auto' } });
  const runningText = t(`docplan.timeline.legend.${step}`);
  return new Paragraph({
    keepNext: true,
    children: [
      swatch(RUNNING_FILL),
      new TextRun(` ${runningText}`),
      ...(cancelled ? [new TextRun('\u2003\u2003'), swatch(CANCELLED_FILL), new TextRun(` ${t('docplan.timeline.legend.cancelled')}`)] : []),
    ],
  });
}
