import { INSTITUTION_TYPES } from '../../model/institution';
import { dataTable, fieldTable, linkedRuns, paragraph, tableCaption, type Cell } from '../blocks';
import type { DocumentContext } from '../context';
import type { Block, ChapterNumbering, Part } from '../outline';
import { hasPlannerText, plannerText } from '../planner-text';
import { cleanLine } from '../sanitize';
import { AFTER_TABLE, actionView } from './action/view';

/**
 * Chapter "Presentación y resumen ejecutivo": what the plan is for and what it covers, in the
 * planner's words (or a neutral sentence until they write them), the key figures worked out from
 * the data for a reader who reads nothing else, and who the institution is. Always has something
 * to say.
 */
export const presentationChapter: Part = {
  part: 'presentation',
  title: (context) => context.t('document.presentation.title'),
  hasData: () => true,
  emptyNote: () => null,
  body: (context, numbering) => [...purpose(context, numbering), ...keyFigures(context, numbering), ...profile(context, numbering)],
};

function purpose(context: DocumentContext, numbering: ChapterNumbering): Block[] {
  const { t } = context;
  const text = hasPlannerText(context, 'presentation')
    ? plannerText(context, 'presentation')
    : [paragraph(t('document.presentation.defaultPurpose', { institution: context.institutionName, period: context.period }))];
  return [numbering.section(t('document.presentation.purposeTitle')), ...text];
}

/** The size of the plan at a glance: inventory, diagnosis to action, and what it costs. */
function keyFigures(context: DocumentContext, numbering: ChapterNumbering): Block[] {
  const { t, data, number } = context;
  const { inventory, action } = data;
  const view = actionView(context);
  const accounts = inventory.accounts.length;
  const active = inventory.accounts.filter((account) => account.status === 'active').length;
  const figure = (key: 'units' | 'accounts' | 'platforms' | 'objectives' | 'kpis' | 'lines' | 'tactics' | 'hours' | 'fte' | 'cost', value: string): Cell[] => [
    t(`document.presentation.figures.${key}`),
    value,
  ];
  const rows: Cell[][] = [
    figure('units', number(inventory.units.length)),
    figure('accounts', accounts === 0 ? number(0) : t('document.presentation.activeAccounts', { total: number(accounts), count: active })),
    figure('platforms', number(inventory.byPlatform.filter((entry) => entry.accounts > 0).length)),
    figure('objectives', number(action.objectives.length)),
    figure('kpis', number(action.kpis.length)),
    figure('lines', number(action.lines.length)),
    figure('tactics', number(action.tactics.length)),
    figure('hours', t('docplan.hours', { hours: view.hours(action.totals.all.hours) })),
    figure('fte', view.fte(action.totals.all.fte)),
    figure('cost', view.money(action.totals.all.cost)),
  ];
  const findings = inventory.findings.filter((finding) => finding.count > 0).length;
  // Each note points to the chapter that explains it, unless this export leaves that chapter out.
  const notes = [
    ...(action.tactics.length > 0 ? [t(context.excluded.has('resources') ? 'document.presentation.figuresNoteAlone' : 'document.presentation.figuresNote')] : []),
    ...(accounts === 0
      ? []
      : [
          findings === 0
            ? t('document.presentation.noFindings')
            : t(context.excluded.has('situation') ? 'document.presentation.findingsAlone' : 'document.presentation.findings', { count: findings }),
        ]),
  ];
  return [
    numbering.section(t('document.presentation.figuresTitle')),
    paragraph(t('document.presentation.figuresIntro', { period: context.period, date: context.date(data.generatedAt) }), { keepNext: true }),
    ...dataTable(
      [
        { title: t('document.presentation.figureColumn'), share: 0.55 },
        { title: t('document.presentation.valueColumn'), share: 0.45, numeric: true },
      ],
      rows,
      { labelColumn: true, caption: tableCaption(context, t('document.captions.keyFigures')) },
    ),
    ...notes.map((note, index) => paragraph(note, index === 0 ? AFTER_TABLE : {})),
  ];
}

/** The institution as its profile records it. */
function profile(context: DocumentContext, numbering: ChapterNumbering): Block[] {
  const { t, data } = context;
  const { institution } = data;
  // A hostile or future file may carry a type this version does not know.
  const type = INSTITUTION_TYPES.includes(institution.type) ? institution.type : 'other';
  return [
    numbering.section(t('document.presentation.profileTitle')),
    ...fieldTable(
      [t('document.fieldColumn'), t('document.valueColumn')],
      [
        [t('document.presentation.name'), context.orNotSet(context.institutionName)],
        [t('document.presentation.type'), t(`common.institutionTypes.${type}`)],
        [t('document.presentation.contact'), linkedRuns(context.orNotSet(cleanLine(institution.contact)))],
      ],
      tableCaption(context, t('document.captions.profile')),
    ),
  ];
}
