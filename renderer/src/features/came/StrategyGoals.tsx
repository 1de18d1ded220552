import type { Translator } from '../../../../shared/i18n';
import type { CameStrategy, SwotQuadrant } from '../../../../shared/model/action';
import { useT } from '../../i18n/useT';
import { STRATEGY_QUADRANTS } from './strategy';

/** The CAME goal for a quadrant: "Corregir debilidades", "Explotar oportunidades"… */
export function goalOf(t: Translator, quadrant: SwotQuadrant): string {
  return t('diagnosis.came.goal', { verb: t(`action.came.${quadrant}`), quadrant: t(`action.quadrantsPlural.${quadrant}`).toLocaleLowerCase() });
}

/** What a strategy does in CAME words: "Corregir debilidades · Explotar oportunidades". */
export function StrategyGoals({ strategy }: { strategy: CameStrategy }) {
  const t = useT();
  return (
    <p className="strategy-goals">
      {STRATEGY_QUADRANTS[strategy].map((quadrant, index) => (
        <span key={quadrant} className={`goal q-${quadrant}`}>
          {index > 0 && <span aria-hidden="true"> · </span>}
          {goalOf(t, quadrant)}
        </span>
      ))}
    </p>
  );
}
