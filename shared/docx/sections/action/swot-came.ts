import { CAME_STRATEGIES, type CameOption } from '../../../model/action';
import { dataTable, paragraph, tableCaption, type Cell } from '../../blocks';
import type { DocumentContext } from '../../context';
import { noteOf, type Block, type ChapterNumbering, type Part } from '../../outline';
import { swotMatrix } from './swot-matrix';
import { actionView } from './view';

/**
 * Chapter "DAFO y estrategias CAME": the diagnosis as a SWOT matrix, then the options the
 * planners drew from it, grouped by TOWS strategy, each with the items it pairs and the strategy
 * line it became. Without data while there is neither.
 */
export const swotCameChapter: Part = {
  part: 'swot',
  title: (context) => context.t('docplan.swot.title'),
  hasData: (context) => context.data.action.swot.length > 0 || context.data.action.came.length > 0,
  emptyNote: (context) => noteOf(context.t('docplan.swot.empty')),
  body: (context, numbering) => [...matrixSection(context, numbering), ...cameSection(context, numbering)],
};

function matrixSection(context: DocumentContext, numbering: ChapterNumbering): Block[] {
  const { t } = context;
  const heading = numbering.section(t('docplan.swot.matrixTitle'));
  if (context.data.action.swot.length === 0) return [heading, paragraph(t('docplan.swot.empty'))];
  return [heading, paragraph(t('docplan.swot.matrixIntro')), tableCaption(context, t('docplan.captions.swot')), swotMatrix(context)];
}

function cameSection(context: DocumentContext, numbering: ChapterNumbering): Block[] {
  const { t } = context;
  const view = actionView(context);
  const blocks: Block[] = [numbering.section(t('docplan.swot.cameTitle')), paragraph(t('docplan.swot.cameIntro'))];
  const strategies = CAME_STRATEGIES.filter((strategy) => view.came[strategy].length > 0);
  if (strategies.length === 0) return [...blocks, paragraph(t('docplan.swot.noCame'))];
  for (const strategy of strategies) {
    blocks.push(
      numbering.subsection(view.strategyName(strategy)),
      paragraph(t(`docplan.swot.strategyMeaning.${strategy}`), { keepNext: true }),
      ...dataTable(
        [
          { title: t('docplan.swot.columns.option'), share: 0.4 },
          { title: t('docplan.swot.columns.pairs'), share: 0.34 },
          { title: t('docplan.swot.columns.line'), share: 0.26 },
        ],
        view.came[strategy].map((option) => optionRow(context, option)),
        { caption: tableCaption(context, t('docplan.captions.came', { strategy: view.strategyName(strategy) })) },
      ),
    );
  }
  return blocks;
}

/** The option, the SWOT items it pairs ("F1 · …"), and the strategy lines made from it. */
function optionRow(context: DocumentContext, option: CameOption): Cell[] {
  const { t } = context;
  const view = actionView(context);
  const pairs = view.swotLabels(option.swotItemIds);
  const lines = view.linesFrom(option.id).map((line) => view.lineLabel(line));
  return [
    option.text,
    pairs.length > 0 ? { items: pairs } : t('docplan.swot.noPairs'),
    lines.length > 0 ? { items: lines } : t('docplan.swot.notLine'),
  ];
}
