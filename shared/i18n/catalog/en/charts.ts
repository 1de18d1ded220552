import type { SameShape } from '../../types';
import type { charts as es } from '../es/charts';

/** The charts of the Word document: their captions and alternative texts. */
export const charts: SameShape<typeof es> = {
  figure: 'Figure',
  value: '{label}: {value}',
  more: { one: '{count} more', other: '{count} more' },
  accountsByPlatform: {
    caption: 'Number of corporate accounts on each social network',
    description: 'Horizontal bar chart of the number of accounts on each social network, most first: {values}.',
  },
  accountsByUnit: {
    caption: 'Accounts of each unit, most first',
    captionTop: 'Accounts of the {shown} units with the most accounts (of {count} units with any)',
    description: 'Horizontal bar chart of the number of accounts each unit runs itself, most first: {values}.',
  },
  costByLine: {
    caption: 'Estimated cost of each strategy line',
    captionTop: 'Estimated cost of the first {shown} strategy lines (of {count})',
    description: 'Horizontal bar chart of the estimated cost of each strategy line: {values}.',
  },
  kpiTargets: {
    caption: 'Baseline and target of each indicator',
    captionTop: 'Baseline and target of the first {shown} indicators (of {count} with both values)',
    description: 'Bar chart comparing, for each indicator, its baseline with the target set for it; each indicator has its own scale: {values}.',
    row: 'Obj. {objective} · {indicator}',
    change: 'from {baseline} to {target}',
    baseline: 'Baseline',
    target: 'Target',
    scaleNote: 'Each indicator on its own scale',
  },
};
