import type { SameShape } from '../../types';
import type { timeline as es } from '../es/timeline';

export const timeline: SameShape<typeof es> = {
  title: 'Timeline of tactics',
  help: 'The tactics of each line over the plan period. Drag a bar to move it, or its ends to change its dates; with the keyboard, select a bar and use the arrow keys.',
  groupBy: 'Group by',
  byLine: 'Strategy line',
  byUnit: 'Owning unit',
  print: 'Print timeline',
  today: 'Today',
  noUnit: 'No owning unit',
  undated: 'Tactics without dates',
  undatedHint: 'Give them dates in "Lines and tactics" to see them on the timeline.',
  goToLines: 'Go to lines and tactics',
  empty: 'There are no tactics yet. Create them in "Lines and tactics".',
  keyboardHelp: 'Arrows: move one week · Shift+arrows: change the end · Alt+arrows: change the start.',
  barLabel: '{title}: from {start} to {end} ({status}). {help}',
  moved: '{title}: now from {start} to {end}.',
  outside: 'outside the period',
  legend: 'Legend',
  period: 'Plan period: from {start} to {end}',
  tacticColumn: 'Tactic',
};
