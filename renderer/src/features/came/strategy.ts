import type { CameStrategy } from '../../../../shared/model/action';

/** The table lives with the model; the engine refuses other pairings with CAME_ITEMS_MISMATCH. */
export { STRATEGY_QUADRANTS } from '../../../../shared/model/action';

/** The TOWS matrix read row by row: strengths then weaknesses, against opportunities then threats. */
export const TOWS_ORDER: readonly CameStrategy[] = ['offensive', 'defensive', 'reorientation', 'survival'];
